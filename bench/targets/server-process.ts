import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from '../../src/config/port-probe.js';
import { projectRoot } from '../../src/config/project-root.js';
import { processCpuMs } from '../load/process-cpu.js';

/** A GraphQL server the bench measures, in a process of its own so that its CPU time is its own. */
export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** performance.now() when it was spawned: where a --cpu-prof profile of it begins, near enough. */
  spawnedAt: number;
  /** CPU time (user + system) the process has used so far, in milliseconds. */
  cpuMs(): number;
  /** Ctrl-C, as a person stops it, and its exit (which writes a --cpu-prof profile). */
  close(): Promise<void>;
}

export interface ServerSpawn {
  /** Node's arguments: options, then the script. */
  args: string[];
  /** Added to this process's environment; PORT is set here. */
  env: Record<string, string>;
  /** Whether the server at this URL answers yet. */
  ready(url: string): Promise<boolean>;
}

/** Starts a server on a free port of 127.0.0.1 and waits until it answers. */
export async function startServerProcess({ args, env, ready }: ServerSpawn): Promise<ServerProcess> {
  const port = await freePort();
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: projectRoot,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const url = `http://127.0.0.1:${port}/`;
  while (!(await ready(url))) {
    if (child.exitCode !== null) throw new Error(`${args.at(-1)} exited (${child.exitCode}) before it served`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    child,
    spawnedAt,
    cpuMs: () => processCpuMs(child.pid!),
    async close() {
      if (child.exitCode === null) child.kill('SIGINT');
      await exited;
    },
  };
}
