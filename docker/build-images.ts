/**
 * npm run docker:images: builds the local Docker images from nothing but Debian's mirror, Maven
 * Central and the npm registry, for machines that cannot pull from Docker Hub. Idempotent: the
 * Debian base is kept once imported, the rest is left to Docker's layer cache.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { projectRoot } from '../src/config/project-root.js';
import { JVM_FLAGS } from '../src/database/local-neo4j/launch.js';
import { LocalNeo4jError } from '../src/database/local-neo4j/index.js';
import { ensureNeo4jJars, pinnedNeo4jVersion } from '../src/database/local-neo4j/neo4j-jars.js';
import { localImages, nodeTarballs } from './images.js';

const program = new Command('npm run docker:images --')
  .description(
    'Build the local images without Docker Hub: a Debian bookworm base (debootstrap), Neo4j Community ' +
      '(the jars of neo4j/pom.xml, from Maven Central), Node.js (from the npm registry) and the app (Dockerfile).',
  )
  .option('--mirror <url>', 'Debian mirror for debootstrap and apt (default: the one the machine\'s apt sources name)')
  .option('--rebuild-base', 'debootstrap the Debian base again even when the image exists (to take in Debian updates)')
  .addHelpText(
    'after',
    `\nImages: ${Object.values(localImages).join(', ')}.\n` +
      'Talks to the Docker engine DOCKER_HOST names (default /var/run/docker.sock); debootstrap needs root.\n' +
      'Downloads are kept in .cache/docker/ and .neo4j/lib/ for later runs.',
  )
  .parse();
const options = program.opts<{ mirror?: string; rebuildBase?: boolean }>();

const cacheDir = path.join(projectRoot, '.cache', 'docker');
const started = Date.now();
const say = (line: string) => console.log(`[docker:images ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

class BuildError extends Error {}

/** Runs a command with its output shown (indented), and fails with its name when it fails. */
function run(command: string, args: string[], opts: { cwd?: string; input?: NodeJS.ReadableStream; quiet?: boolean } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: opts.cwd ?? projectRoot,
      // The classic builder takes FROM images from the engine's own store; BuildKit with a
      // docker-container driver would try to pull our local base images from a registry.
      env: { ...process.env, DOCKER_BUILDKIT: process.env.DOCKER_BUILDKIT ?? '0' },
      stdio: [opts.input ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    const tail: string[] = [];
    const onData = (chunk: Buffer, keep: boolean) => {
      const text = chunk.toString('utf8');
      if (keep) stdout += text;
      for (const line of text.split('\n')) {
        if (!line.trim()) continue;
        tail.push(line);
        if (tail.length > 30) tail.shift();
        if (!opts.quiet) console.log(`    ${line}`);
      }
    };
    child.stdout?.on('data', (chunk: Buffer) => onData(chunk, true));
    child.stderr?.on('data', (chunk: Buffer) => onData(chunk, false));
    if (opts.input && child.stdin) opts.input.pipe(child.stdin);
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'ENOENT' ? new BuildError(`${command} is not installed (needed for: ${command} ${args[0]}).`) : error),
    );
    child.on('close', (code) =>
      code === 0 ? resolve(stdout) : reject(new BuildError(`${command} ${args.join(' ')} failed (exit code ${code}).${opts.quiet ? `\n${tail.join('\n')}` : ''}`)),
    );
  });
}

async function imageExists(name: string): Promise<boolean> {
  return run('docker', ['image', 'inspect', '--format', '{{.Id}}', name], { quiet: true }).then(
    () => true,
    () => false,
  );
}

/** The Debian archive and security URIs of the machine's apt sources (one-line and deb822 forms). */
async function aptSources(): Promise<{ archive?: string; security?: string }> {
  const files = ['/etc/apt/sources.list'];
  const dir = '/etc/apt/sources.list.d';
  if (existsSync(dir)) files.push(...(await readdir(dir)).map((f) => path.join(dir, f)));
  const pairs: Array<{ uri: string; suites: string[] }> = [];
  for (const file of files) {
    const text = await readFile(file, 'utf8').catch(() => '');
    for (const line of text.split('\n')) {
      const oneLine = /^\s*deb\s+(?:\[[^\]]*\]\s+)?(\S+)\s+(\S+)/.exec(line);
      if (oneLine) pairs.push({ uri: oneLine[1]!, suites: [oneLine[2]!] });
    }
    for (const stanza of text.split(/\n\s*\n/)) {
      const uri = /^URIs:\s*(\S+)/m.exec(stanza)?.[1];
      const suites = /^Suites:\s*(.+)$/m.exec(stanza)?.[1];
      if (uri && suites && /^Types:.*\bdeb\b/m.test(stanza)) pairs.push({ uri, suites: suites.trim().split(/\s+/) });
    }
  }
  return {
    archive: pairs.find((p) => p.suites.includes('bookworm'))?.uri,
    security: pairs.find((p) => p.suites.includes('bookworm-security'))?.uri,
  };
}

async function buildBase(): Promise<void> {
  if (!options.rebuildBase && (await imageExists(localImages.base))) {
    say(`${localImages.base}: present, kept (--rebuild-base to make it again)`);
    return;
  }
  if (process.getuid?.() !== 0) throw new BuildError('debootstrap needs root: run npm run docker:images as root (or with sudo).');
  const sources = await aptSources();
  const mirror = options.mirror ?? sources.archive ?? 'http://deb.debian.org/debian';
  const rootfs = await mkdtemp(path.join(os.tmpdir(), 'claimgraph-rootfs-'));
  try {
    say(`${localImages.base}: debootstrap --variant=minbase bookworm from ${mirror} (about 30-90 s)`);
    await run('debootstrap', ['--variant=minbase', 'bookworm', rootfs, mirror], { quiet: true });
    // debootstrap names only the release itself; the images' apt-get should also see its fixes.
    const lines = [`deb ${mirror} bookworm main`, `deb ${mirror} bookworm-updates main`];
    if (sources.security) lines.push(`deb ${sources.security} bookworm-security main`);
    await writeFile(path.join(rootfs, 'etc/apt/sources.list'), lines.join('\n') + '\n');
    await copyLocalCertificates(rootfs);
    await run('sh', ['-c', 'rm -rf var/cache/apt/archives/*.deb var/lib/apt/lists/*'], { cwd: rootfs, quiet: true });
    say(`${localImages.base}: docker import`);
    const tar = spawn('tar', ['-C', rootfs, '-c', '.'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const tarExit = new Promise<number | null>((resolve) => tar.on('close', resolve));
    await run('docker', ['import', '--change', 'CMD ["bash"]', '-', localImages.base], { input: tar.stdout, quiet: true });
    if ((await tarExit) !== 0) throw new BuildError(`tar of ${rootfs} failed; the imported ${localImages.base} may be incomplete: run again with --rebuild-base.`);
  } finally {
    await rm(rootfs, { recursive: true, force: true });
  }
}

/**
 * The certificate authorities this machine added to its own trust store (Debian's place for them).
 * Where TLS goes through an intercepting proxy, npm inside the images trusts it only with these;
 * the images' ca-certificates package takes them in when it is installed.
 */
async function copyLocalCertificates(rootfs: string): Promise<void> {
  const dir = '/usr/local/share/ca-certificates';
  const certificates = existsSync(dir) ? (await readdir(dir)).filter((f) => f.endsWith('.crt')) : [];
  if (!certificates.length) return;
  const target = path.join(rootfs, dir);
  await mkdir(target, { recursive: true });
  for (const file of certificates) await copyFile(path.join(dir, file), path.join(target, file));
  say(`${localImages.base}: trusts this machine's own certificate authorities too (${certificates.join(', ')})`);
}

/** A fresh build context in .cache/docker/<name>: hard links where possible (the jars are 120 MB). */
async function freshContext(name: string, files: Array<[from: string, to: string]>): Promise<string> {
  const dir = path.join(cacheDir, `${name}-context`);
  await rm(dir, { recursive: true, force: true });
  for (const [from, to] of files) {
    const target = path.join(dir, to);
    await mkdir(path.dirname(target), { recursive: true });
    await link(from, target).catch(() => copyFile(from, target));
  }
  return dir;
}

async function dockerBuild(image: string, context: string, buildArgs: Record<string, string>, dockerfile?: string): Promise<void> {
  const args = ['build', '--tag', image, ...Object.entries(buildArgs).flatMap(([k, v]) => ['--build-arg', `${k}=${v}`])];
  if (dockerfile) args.push('--file', dockerfile);
  await run('docker', [...args, context]);
}

async function buildNeo4j(): Promise<void> {
  const version = await pinnedNeo4jVersion();
  const libDir = await ensureNeo4jJars(path.join(projectRoot, '.neo4j'), say);
  const jars = (await readdir(libDir)).filter((f) => f.endsWith('.jar'));
  const own = ['Dockerfile', 'docker-entrypoint.sh', 'healthcheck.sh'];
  const context = await freshContext('neo4j', [
    ...jars.map((jar): [string, string] => [path.join(libDir, jar), path.join('lib', jar)]),
    ...own.map((f): [string, string] => [path.join(projectRoot, 'docker', 'neo4j', f), f]),
  ]);
  await writeFile(path.join(context, 'jvm-flags'), JVM_FLAGS.join('\n') + '\n');
  say(`${localImages.neo4j}: Neo4j Community ${version} (${jars.length} jars) on ${localImages.base}`);
  await dockerBuild(localImages.neo4j, context, { BASE_IMAGE: localImages.base, NEO4J_VERSION: version });
}

/** The registry tarball for spec in .cache/docker, fetched with npm pack and checked against its pinned integrity. */
async function npmTarball(spec: string, integrity: string): Promise<string> {
  const [algorithm, expected] = integrity.split('-', 2) as [string, string];
  const file = path.join(cacheDir, 'npm', `${spec.replace(/[@/]/g, '-')}.tgz`);
  const matches = async () => createHash(algorithm).update(await readFile(file)).digest('base64') === expected;
  if (existsSync(file) && (await matches())) return file;
  say(`npm pack ${spec}`);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'claimgraph-npm-'));
  try {
    const name = (await run('npm', ['pack', spec, '--silent', '--pack-destination', dir], { quiet: true })).trim().split('\n').pop()!;
    await mkdir(path.dirname(file), { recursive: true });
    await copyFile(path.join(dir, name), file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  if (!(await matches())) throw new BuildError(`${spec} from the npm registry does not match its pinned integrity (${integrity}); docker/images.ts pins it.`);
  return file;
}

async function buildNode(): Promise<void> {
  const files: Array<[string, string]> = [[path.join(projectRoot, 'docker', 'node', 'Dockerfile'), 'Dockerfile']];
  for (const t of nodeTarballs) files.push([await npmTarball(t.spec, t.integrity), t.file]);
  say(`${localImages.node}: ${nodeTarballs.map((t) => t.spec).join(' + ')} on ${localImages.base}`);
  await dockerBuild(localImages.node, await freshContext('node', files), { BASE_IMAGE: localImages.base });
}

async function buildApp(): Promise<void> {
  say(`${localImages.app}: the repository's Dockerfile on ${localImages.node}`);
  await dockerBuild(localImages.app, projectRoot, { NODE_IMAGE: localImages.node }, path.join(projectRoot, 'Dockerfile'));
}

try {
  const server = await run('docker', ['version', '--format', '{{.Server.Version}}'], { quiet: true }).catch((error: unknown) => {
    throw new BuildError(
      `No Docker engine answers at ${process.env.DOCKER_HOST ?? 'unix:///var/run/docker.sock'}: start dockerd (or set DOCKER_HOST).\n${(error as Error).message}`,
    );
  });
  say(`Docker engine ${server.trim()} at ${process.env.DOCKER_HOST ?? 'unix:///var/run/docker.sock'}`);
  await buildBase();
  await buildNeo4j();
  await buildNode();
  await buildApp();
  const sizes = await run('docker', ['image', 'ls', '--format', '{{.Repository}}:{{.Tag}} {{.Size}}', 'claimgraph/*'], { quiet: true });
  say(`Done:\n${sizes.trim().replace(/^/gm, '    ')}`);
} catch (error) {
  if (!(error instanceof BuildError || error instanceof LocalNeo4jError)) throw error;
  process.stderr.write(`\n[docker:images] ${error.message}\n`);
  process.exitCode = 1;
}
