import { readFile } from 'node:fs/promises';

/** The parts of V8's .cpuprofile (written by node --cpu-prof) that a summary needs. */
interface CpuProfile {
  startTime: number;
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

export interface Consumer {
  name: string;
  /** Share of the busy time (idle excluded), 0..1. */
  share: number;
}

export interface CpuSummary {
  busyMs: number;
  /** Self time by where the code lives: a package, node's internals, our src/, GC. */
  byPlace: Consumer[];
  /** Self time by function (with its place), the heaviest first. */
  byFunction: Consumer[];
}

/** node_modules/<package> (scoped or not), node:internal, our own src/ or bench/, or V8's pseudo-frames. */
function place(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:')) return 'node (internals)';
  const own = /\/(src|dist|bench)\/(.*)$/.exec(url);
  return own ? `claimgraph ${own[1]}/${own[2]!.split('/')[0]}` : url;
}

/** Milliseconds since the profile began: the part of a process's life to summarize (its load, not its start-up). */
export interface ProfileWindow {
  fromMs: number;
  toMs: number;
}

/**
 * Where a process spent its CPU in a window of its life: each sample's time (the delta to the
 * next) goes to the function on top of the stack then (self time), grouped by package and by
 * function. Idle time is left out.
 */
export async function summarizeCpuProfile(file: string, window: ProfileWindow, top = 12): Promise<CpuSummary> {
  const profile = JSON.parse(await readFile(file, 'utf8')) as CpuProfile;
  const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const byPlace = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let busy = 0;
  let at = 0;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    const frame = frames.get(id)!;
    if (frame.functionName === '(idle)' || at < window.fromMs * 1000 || at > window.toMs * 1000) return;
    const micros = profile.timeDeltas[i + 1] ?? 0;
    const where = place(frame.url, frame.functionName);
    const fn = where === frame.functionName ? where : `${frame.functionName || '(anonymous)'} (${where})`;
    busy += micros;
    byPlace.set(where, (byPlace.get(where) ?? 0) + micros);
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + micros);
  });
  const ranked = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => ({ name, share: micros / busy }));
  return { busyMs: busy / 1000, byPlace: ranked(byPlace), byFunction: ranked(byFunction) };
}
