// Playback moves the date window through time: a fixed-length window slides forward, or in
// cumulative mode the start stays and the end grows. `step` is the pure rule (also used by the
// arrow keys); Player drives it from animation frames at a speed in days per second.

/** Speeds offered, in days of events per second of playback. */
export const SPEEDS = Object.freeze({ day: 1, week: 7, month: 30 });
export const DEFAULT_SPEED = 'week';

/**
 * The window after moving `days` days (negative moves back) within the domain first..last.
 * A sliding window keeps its length; a cumulative one keeps its start and moves its end.
 * Moving past the end stops at the end (done = true), or with `loop` shows the end once and then
 * starts again from the beginning. Returns {start, end, done}.
 */
export function step({ start, end }, days, { first, last }, { cumulative = false, loop = false } = {}) {
  if (cumulative) {
    if (days > 0 && end + days > last) {
      if (loop && end >= last) return { start, end: start, done: false };
      return { start, end: last, done: !loop };
    }
    return { start, end: Math.max(Math.min(end + days, last), start), done: false };
  }
  const length = end - start;
  if (days > 0 && end + days > last) {
    if (loop && end >= last) return { start: first, end: Math.min(first + length, last), done: false };
    return { start: Math.max(last - length, first), end: last, done: !loop };
  }
  const from = Math.max(start + days, first);
  return { start: from, end: Math.min(from + length, last), done: false };
}

/** The window playback starts from: at the end of the domain it goes back to the beginning. */
export function restart({ start, end }, { first, last }, { cumulative = false } = {}) {
  if (end < last) return { start, end };
  return cumulative ? { start, end: start } : { start: first, end: Math.min(first + (end - start), last) };
}

/**
 * Calls `onStep(days)` with whole days as playback time accrues at `daysPerSecond`; the frame
 * source is injectable so tests can drive it.
 */
export class Player {
  constructor(onStep, { frame = (f) => requestAnimationFrame(f), cancel = (h) => cancelAnimationFrame(h) } = {}) {
    this.onStep = onStep;
    this.frame = frame;
    this.cancel = cancel;
    this.daysPerSecond = SPEEDS[DEFAULT_SPEED];
    this.handle = null;
    this.last = null;
    this.owed = 0;
  }

  get playing() {
    return this.handle !== null;
  }

  play() {
    if (this.playing) return;
    this.last = null;
    this.owed = 0;
    this.handle = this.frame((t) => this.tick(t));
  }

  pause() {
    if (this.handle !== null) this.cancel(this.handle);
    this.handle = null;
  }

  tick(now) {
    if (this.last !== null) {
      // A frame after a long stall (tab in the background) moves at most one second's worth.
      this.owed += (Math.min(now - this.last, 1000) / 1000) * this.daysPerSecond;
    }
    this.last = now;
    const days = Math.floor(this.owed);
    this.handle = this.frame((t) => this.tick(t));
    if (days >= 1) {
      this.owed -= days;
      this.onStep(days);
    }
  }
}
