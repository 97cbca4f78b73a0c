// Renders documents on worker threads so that a large batch uses every core. A worker costs
// about half a second of warm-up (renderers loaded, fonts parsed: measured by npm run bench),
// so a small batch renders faster in this thread alone: workers start only for batches of at
// least MIN_DOCS_PER_WORKER documents per worker. A failing document is that document's
// result, never the pool's.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { DocumentModel } from "../document/model.ts";
import type { Format } from "../write/manifest.ts";
import { type Rendered, type RenderOptions, renderFormatsCounted } from "./formats.ts";
import type { RenderReply, RenderRequest } from "./worker.ts";

export type RenderResult =
  | { ok: true; files: Rendered; pages?: number }
  | { ok: false; error: string };
type OnDone = (index: number, result: RenderResult) => void;

export const MIN_DOCS_PER_WORKER = 40;

/**
 * Why capped: V8 sizes a worker's heap for the machine and lets it grow between collections, so
 * two workers held 520 MB of RSS at 1 020 acts (npm run bench) for a live heap of about 40 MB
 * each (fonts parsed, shaped words, measured paragraphs). Capped, a worker collects sooner:
 * 350 MB. A document that needed more than the cap would fail alone, its worker with it.
 */
const WORKER_HEAP = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 8 };

export function defaultJobs(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

/**
 * A document to render: its model, or its model as JSON. Why JSON: a batch large enough for the
 * workers holds every document from the checks before the first write until its turn; as JSON
 * the 1 022 models of the bench's large batch take 27 MB of this thread's heap instead of 73,
 * and a worker receives the string as it is.
 */
export type Queued = DocumentModel | string;

/** How many worker threads render `count` documents: 0 or 1 means this thread alone. */
export function workerCount(
  count: number,
  jobs: number,
  minDocsPerWorker = MIN_DOCS_PER_WORKER,
): number {
  return Math.min(jobs, Math.floor(count / minDocsPerWorker));
}

/** Renders `docs` with up to `jobs` worker threads; calls onDone once per document. */
export async function renderMany(
  docs: readonly Queued[],
  formats: readonly Format[],
  jobs: number,
  onDone: OnDone,
  minDocsPerWorker = MIN_DOCS_PER_WORKER,
  options: RenderOptions = {},
): Promise<void> {
  const workers = workerCount(docs.length, jobs, minDocsPerWorker);
  if (workers <= 1) {
    for (const [index, doc] of docs.entries())
      onDone(index, await renderOne(doc, formats, options));
    return;
  }
  const pool = Array.from(
    { length: workers },
    () =>
      new Worker(new URL("./worker-entry.mjs", import.meta.url), { resourceLimits: WORKER_HEAP }),
  );
  try {
    await renderOn(pool, docs, formats, options, onDone);
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}

async function renderOne(
  queued: Queued,
  formats: readonly Format[],
  options: RenderOptions,
): Promise<RenderResult> {
  try {
    const doc: DocumentModel = typeof queued === "string" ? JSON.parse(queued) : queued;
    return { ok: true, ...(await renderFormatsCounted(doc, formats, options)) };
  } catch (error) {
    return { ok: false, error: (error as Error).stack ?? String(error) };
  }
}

/**
 * Why two: with one document at a time, a worker idled while this thread wrote the files of the
 * one it had just sent back (written, flushed, read back: pipeline.ts); its next document now
 * waits in its port. The worker renders them one after the other (worker.ts).
 */
const IN_FLIGHT = 2;

function ignore(): void {}

async function renderOn(
  workers: readonly Worker[],
  docs: readonly Queued[],
  formats: readonly Format[],
  options: RenderOptions,
  onDone: OnDone,
): Promise<void> {
  let next = 0;
  /** Documents a crashed worker held but had not started: sent again before the next ones. */
  const retry: number[] = [];
  const done = new Set<number>();
  const finish = (index: number, result: RenderResult) => {
    if (done.has(index)) return;
    done.add(index);
    onDone(index, result);
  };
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve) => {
          // In the order sent, which is the order the worker renders them.
          const held: number[] = [];
          const send = () => {
            while (held.length < IN_FLIGHT) {
              const index = retry.shift() ?? (next < docs.length ? next++ : undefined);
              if (index === undefined) break;
              held.push(index);
              worker.postMessage({ index, doc: docs[index], formats, options } as RenderRequest);
            }
            if (held.length === 0) stop();
          };
          const onMessage = (reply: RenderReply) => {
            held.splice(held.indexOf(reply.index), 1);
            send();
            finish(
              reply.index,
              reply.ok
                ? {
                    ok: true,
                    files: reply.files,
                    ...(reply.pages === undefined ? {} : { pages: reply.pages }),
                  }
                : { ok: false, error: reply.error },
            );
          };
          // A crashed worker fails the document it was rendering, the first it holds; the one
          // waiting behind it goes to another worker (or fails below if none is left).
          const onError = (error: Error) => {
            const [rendering, ...waiting] = held.splice(0);
            if (rendering !== undefined) finish(rendering, { ok: false, error: String(error) });
            retry.push(...waiting);
            stop();
          };
          // A worker that ends without an error (process.exit in a library) ends the same way.
          const onExit = (code: number) => onError(new Error(`fil de rendu arrêté (code ${code})`));
          const stop = () => {
            worker.off("message", onMessage);
            worker.off("error", onError);
            worker.off("exit", onExit);
            // An error after this worker's work is done must not throw in this thread.
            worker.on("error", ignore);
            resolve();
          };
          worker.on("message", onMessage);
          worker.on("error", onError);
          worker.on("exit", onExit);
          send();
        }),
    ),
  );
  // Waiting behind a crash when no worker was left to take it: rendered here.
  for (const index of retry) {
    finish(index, await renderOne(docs[index] as Queued, formats, options));
  }
  for (const index of docs.keys()) {
    finish(index, { ok: false, error: "aucun fil de rendu disponible" });
  }
}
