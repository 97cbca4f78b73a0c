// Renders documents on worker threads so a bulk run uses every core. Workers start (and
// warm up: renderers loaded, fonts parsed) as soon as the pool is created, while the main
// thread still loads and validates the data. With one job, everything runs in this thread.
// A failing document is that document's result, never the pool's.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { DocumentModel } from "../document/model.ts";
import type { Format } from "../write/manifest.ts";
import { type Rendered, renderFormats } from "./formats.ts";
import type { RenderReply, RenderRequest } from "./worker.ts";

export type RenderResult = { ok: true; files: Rendered } | { ok: false; error: string };
type OnDone = (index: number, result: RenderResult) => void;

export function defaultJobs(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

export interface RenderPool {
  render(docs: readonly DocumentModel[], formats: readonly Format[], onDone: OnDone): Promise<void>;
  close(): Promise<void>;
}

/** A pool of `jobs` threads (this thread alone when jobs is 1). */
export function startPool(jobs: number): RenderPool {
  if (jobs <= 1) return { render: renderHere, close: async () => {} };
  const workers = Array.from(
    { length: jobs },
    () => new Worker(new URL("./worker-entry.mjs", import.meta.url)),
  );
  for (const w of workers) w.unref();
  return {
    render: (docs, formats, onDone) => renderOn(workers, docs, formats, onDone),
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

async function renderHere(
  docs: readonly DocumentModel[],
  formats: readonly Format[],
  onDone: OnDone,
) {
  for (const [index, doc] of docs.entries()) {
    try {
      onDone(index, { ok: true, files: await renderFormats(doc, formats) });
    } catch (error) {
      onDone(index, { ok: false, error: (error as Error).stack ?? String(error) });
    }
  }
}

async function renderOn(
  workers: readonly Worker[],
  docs: readonly DocumentModel[],
  formats: readonly Format[],
  onDone: OnDone,
): Promise<void> {
  let next = 0;
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
          let current = -1;
          const send = () => {
            if (next >= docs.length) return stop();
            current = next++;
            worker.postMessage({ index: current, doc: docs[current], formats } as RenderRequest);
          };
          const onMessage = (reply: RenderReply) => {
            finish(
              reply.index,
              reply.ok ? { ok: true, files: reply.files } : { ok: false, error: reply.error },
            );
            send();
          };
          // A crashed worker fails its current document only; the others carry on.
          const onError = (error: Error) => {
            if (current >= 0) finish(current, { ok: false, error: String(error) });
            stop();
          };
          const stop = () => {
            worker.off("message", onMessage);
            worker.off("error", onError);
            resolve();
          };
          worker.on("message", onMessage);
          worker.on("error", onError);
          send();
        }),
    ),
  );
  for (const index of docs.keys()) {
    finish(index, { ok: false, error: "aucun processus de rendu disponible" });
  }
}
