import { execFile, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';

const run = promisify(execFile);
/** jcmd and jfr are Java programs too: without JVM_STACK_DEPTH in their environment, they do not announce picking it up. */
const toolEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'JAVA_TOOL_OPTIONS'));

/**
 * Where Neo4j's CPU goes, from a Java Flight Recorder recording of the server (the JDK's own
 * sampling profiler: `jcmd` starts and dumps it, `jfr` reads it; both come with the JDK that runs
 * Neo4j). JFR keeps 64 frames of a stack by default, too few to see which part of Cypher or of
 * the commit a sample belongs to: JVM_STACK_DEPTH has to be given to the JVM when it starts.
 */
export const JVM_STACK_DEPTH = '-XX:FlightRecorderOptions=stackdepth=1024';

export async function startFlightRecording(pid: number): Promise<void> {
  await run('jcmd', [String(pid), 'JFR.start', 'name=claimgraph', 'settings=profile'], { env: toolEnv });
}

/** Writes what was recorded so far to `file` (the JVM writes it, so the path must be absolute). */
export async function dumpFlightRecording(pid: number, file: string): Promise<void> {
  await run('jcmd', [String(pid), 'JFR.dump', 'name=claimgraph', `filename=${file}`], { env: toolEnv });
}

/**
 * Each share of the samples, by what the thread was doing. A Bolt worker runs the queries: its
 * samples are classed by the first rule whose frame is on the stack, in this order (a commit
 * applies index updates, so those are looked for first). Other threads are background work:
 * Lucene merging the fulltext index, index sampling, network I/O.
 */
const RULES: { what: string; frames: string[] }[] = [
  { what: 'planning (compiling a query, or replanning one whose statistics went stale)', frames: ['QueryCache.computeIfAbsentOrStale'] },
  { what: 'commit: index updates', frames: ['IndexingService.applyUpdates'] },
  { what: 'commit: records, counts and the transaction log', frames: ['KernelTransactionImplementation.commit'] },
  { what: 'query: index entries of the transaction state', frames: ['IndexTxStateUpdater', 'TxState.indexDoUpdateEntry'] },
  { what: 'query: lookups through an index (MATCH/MERGE by id)', frames: ['nodeLockingUniqueIndexSeek', 'NodeIndexSeek', 'indexSeek'] },
  { what: 'query: setting properties', frames: ['setProperties', 'SetPipe', 'setProperty', 'PropertyFromMap'] },
  { what: 'query: creating relationships', frames: ['relationshipCreate', 'RelationshipCreate'] },
  { what: 'query: the rest of execution', frames: ['ExecutionEngine'] },
];

interface Sample {
  thread: string;
  frames: string[];
}

export interface CpuShare {
  what: string;
  share: number;
}

/** The samples of a recording, classed (RULES) and sorted by share. */
export async function summarizeFlightRecording(file: string): Promise<{ samples: number; shares: CpuShare[] }> {
  const child = spawn('jfr', ['print', '--stack-depth', '1024', '--events', 'jdk.ExecutionSample', file], { stdio: ['ignore', 'pipe', 'inherit'], env: toolEnv });
  const exited = new Promise<number | null>((resolve, reject) => child.on('error', reject).on('close', resolve));
  // A few minutes of samples print to gigabytes: read as jfr writes them.
  const summary = await summarizePrintedSamples(createInterface({ input: child.stdout }));
  const code = await exited;
  if (code !== 0) throw new Error(`jfr print exited with ${code} on ${file}`);
  return summary;
}

/**
 * The same from the lines of `jfr print --events jdk.ExecutionSample`: an event is
 * `jdk.ExecutionSample {`, then `sampledThread = "name" (javaThreadId = n)`, then its frames one a
 * line (`package.Class.method(Types) line: n`) inside `stackTrace = [ ... ]`, then `}`.
 */
export async function summarizePrintedSamples(lines: AsyncIterable<string>): Promise<{ samples: number; shares: CpuShare[] }> {
  const counts = new Map<string, number>();
  let samples = 0;
  let current: Sample | undefined;
  for await (const line of lines) {
    const text = line.trim();
    if (text === 'jdk.ExecutionSample {') current = { thread: '(unknown)', frames: [] };
    else if (!current) continue;
    else if (text === '}') {
      const what = classify(current);
      counts.set(what, (counts.get(what) ?? 0) + 1);
      samples += 1;
      current = undefined;
    } else if (text.startsWith('sampledThread = "')) current.thread = text.slice('sampledThread = "'.length, text.lastIndexOf('"'));
    else if (/^[\w$.]+\(/.test(text)) current.frames.push(text.slice(0, text.indexOf('(')));
  }
  const shares = [...counts].map(([what, count]) => ({ what, share: count / samples })).sort((a, b) => b.share - a.share);
  return { samples, shares };
}

function classify({ thread, frames }: Sample): string {
  // Thread names carry a number (neo4j.BoltWorker-3, Lucene Merge Thread #2): the kind is what matters.
  const kind = thread.replace(/[-#[].*$/, '').trim();
  if (kind !== 'neo4j.BoltWorker') return `background: ${kind}`;
  const rule = RULES.find((r) => frames.some((f) => r.frames.some((part) => f.includes(part))));
  return rule?.what ?? 'Bolt: the rest (decoding parameters, sending results)';
}
