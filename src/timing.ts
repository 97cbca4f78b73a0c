// Timing spans for `npm run bench` (bench/spans.mjs listens, preloaded with --import): the
// breakdown of a cold run into start-up, load, build, each format and the writes. Free when no
// one listens: one global lookup per span, nothing kept.
const SINK = Symbol.for("actes.spans");

type Sink = (name: string, startMs: number, endMs: number) => void;

/** Records that `name` ran from `startMs` (a performance.now() taken before it) until now. */
export function span(name: string, startMs: number): void {
  (globalThis as { [SINK]?: Sink })[SINK]?.(name, startMs, performance.now());
}
