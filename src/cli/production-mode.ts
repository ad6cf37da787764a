/**
 * Imported first by the server's entry, before any library: graphql-js reads NODE_ENV once, when
 * it is loaded, and outside production runs a cross-realm diagnosis inside every instanceof check
 * of a request; Apollo reads it too. An operator's own NODE_ENV wins.
 */
process.env.NODE_ENV ??= 'production';
