import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat on Linux (USER_HZ, 100 on every mainstream kernel). */
const USER_HZ = 100;

/** CPU time (user and system) a process has used so far, in ms, from /proc (Linux): on a shared machine, steadier than wall time. */
export function processCpuMs(pid: number): number {
  // Fields 14 and 15 (utime, stime) follow the command name, which is in parentheses and may hold spaces.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / USER_HZ;
}
