export { createTimeFinder, type TimeFinderOptions } from './create-time-finder.js';
export { hijriToDay } from './calendar.js';
