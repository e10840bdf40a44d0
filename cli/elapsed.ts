/**
 * How long `npm start` has been running, build included: under npm, the tour's parent is the shell npm spawned
 * for the script, so its start time (Linux /proc) marks the beginning of the build. Null elsewhere.
 */
import { readFileSync } from 'node:fs';

const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ: 100 on every mainstream Linux build

export function secondsSinceNpmScriptStarted(): number | null {
  if (process.platform !== 'linux' || process.env.npm_lifecycle_event !== 'start') return null;
  try {
    const stat = readFileSync(`/proc/${process.ppid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields from #3 (state) on
    const startTicks = Number(fields[22 - 3]);
    const uptime = Number(readFileSync('/proc/uptime', 'utf8').split(' ')[0]);
    const elapsed = uptime - startTicks / CLOCK_TICKS_PER_SECOND;
    return Number.isFinite(elapsed) && elapsed >= 0 && elapsed < 3600 ? elapsed : null;
  } catch {
    return null;
  }
}
