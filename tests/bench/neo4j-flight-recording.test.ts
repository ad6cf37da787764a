import { describe, expect, it } from 'vitest';
import { summarizePrintedSamples } from '../../bench/profile/neo4j-flight-recording.js';

/** Three samples as `jfr print` writes them: a commit applying index updates, a plan, and Lucene merging in the background. */
const printed = `jdk.ExecutionSample {
  startTime = 17:40:39.161
  sampledThread = "neo4j.BoltWorker-5" (javaThreadId = 24)
  state = "STATE_RUNNABLE"
  stackTrace = [
    org.neo4j.kernel.impl.index.schema.GenericKey.getInternal(int) line: 310
    org.neo4j.kernel.impl.api.index.IndexingService.applyUpdates(Iterable, CursorContext, boolean) line: 412
    org.neo4j.kernel.impl.api.KernelTransactionImplementation.commit(KernelTransaction$KernelTransactionMonitor) line: 700
  ]
}

jdk.ExecutionSample {
  startTime = 17:40:39.181
  sampledThread = "neo4j.BoltWorker-2" (javaThreadId = 21)
  state = "STATE_RUNNABLE"
  stackTrace = [
    org.neo4j.cypher.internal.util.Rewritable$RewritableAny$.rewrite$extension(Object, Function1) line: 97
    org.neo4j.cypher.internal.QueryCache.computeIfAbsentOrStale(Object, TransactionalContext, Function0) line: 201
    org.neo4j.cypher.internal.ExecutionEngine.getOrCompile(InputQuery) line: 250
  ]
}

jdk.ExecutionSample {
  startTime = 17:40:39.201
  sampledThread = "Lucene Merge Thread #3" (javaThreadId = 77)
  state = "STATE_RUNNABLE"
  stackTrace = [
    org.apache.lucene.codecs.PushPostingsWriterBase.writeTerm(BytesRef, TermsEnum, FixedBitSet, NormsProducer) line: 140
  ]
}
`;

async function* linesOf(text: string) {
  yield* text.split('\n');
}

describe("where Neo4j's CPU went, from a flight recording", () => {
  it('classes each sample by its thread and the first rule whose frame is on its stack', async () => {
    const { samples, shares } = await summarizePrintedSamples(linesOf(printed));
    expect(samples).toBe(3);
    expect(Object.fromEntries(shares.map((s) => [s.what, s.share]))).toEqual({
      'commit: index updates': 1 / 3,
      'planning (compiling a query, or replanning one whose statistics went stale)': 1 / 3,
      'background: Lucene Merge Thread': 1 / 3,
    });
  });
});
