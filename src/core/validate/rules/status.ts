/** By status: a completed action is at 100% progress, an action not started at 0%. */
import type { Check } from "../context";

export const checkStatus: Check = (c, tables) => {
  for (const r of tables.actions) {
    const status = r.list("status", "status");
    const progress = r.num("progress");
    if (progress === null) continue;
    if (status === "completed" && progress !== 100)
      c.add(r, "progress", "error", "status.completed-progress", "v.completedProgress", {
        value: progress,
      });
    if (status === "not-started" && progress !== 0)
      c.add(r, "progress", "error", "status.not-started-progress", "v.notStartedProgress", {
        value: progress,
      });
  }
};
