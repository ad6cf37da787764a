// How many contributors there are (pledges/contributor-total), for a page that did not count them.
WITH true AS countTotal
// include: pledges/contributor-total
