// A stand-in for the reading process (src/pipeline/worker.ts) that dies on request, so that
// the pool's side of each death can be tested: the task's id says what to do.
process.on("message", (task) => {
  process.send({ type: "started" });
  if (task.id === "out-of-memory") {
    // Many separate arrays, as a real reader builds them, until V8 aborts at the heap limit.
    const held = [];
    for (;;) held.push(new Array(10_000).fill(held.length));
  }
  if (task.id === "exit") process.exit(7);
  if (task.id === "hang") for (;;);
  process.send({
    type: "done",
    analysis: { format: "pdf", bytes: task.bytes.length },
    maxRssKb: process.resourceUsage().maxRSS,
  });
});
process.on("disconnect", () => process.exit(0));
