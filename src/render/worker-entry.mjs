// Entry of a render worker thread: workers do not inherit the TypeScript loader of the main
// thread, so register tsx here, then load the TypeScript worker. Messages sent meanwhile wait
// in the port until worker.ts listens.
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
