import type { MarsadEvent } from '../types.js';
import { ACLED_COLUMNS, toAcledRow, toCsvCell } from './acled-csv.js';
import { toPloverRecord } from './plover.js';
import { toFeature } from './geojson.js';

export const EXPORT_FORMATS = ['json', 'jsonl', 'plover', 'acled-csv', 'geojson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface EventWriter {
  write(events: MarsadEvent[]): void;
  end(): void;
}

/** Streams events in one export format, page by page, without holding the whole export in memory. */
export function createEventWriter(format: ExportFormat, emit: (chunk: string) => void): EventWriter {
  let count = 0;
  const separated = (json: string): string => (count++ === 0 ? json : `,\n${json}`);
  switch (format) {
    case 'jsonl':
      return { write: (events) => events.forEach((e) => emit(`${JSON.stringify(e)}\n`)), end: () => {} };
    case 'plover':
      return { write: (events) => events.forEach((e) => emit(`${JSON.stringify(toPloverRecord(e))}\n`)), end: () => {} };
    case 'acled-csv':
      emit(`${ACLED_COLUMNS.join(',')}\n`);
      return { write: (events) => events.forEach((e) => emit(`${toAcledRow(e).map(toCsvCell).join(',')}\n`)), end: () => {} };
    case 'geojson':
      emit('{"type":"FeatureCollection","features":[\n');
      return {
        write: (events) => {
          for (const e of events) {
            const feature = toFeature(e);
            if (feature) emit(separated(JSON.stringify(feature)));
          }
        },
        end: () => emit('\n]}\n'),
      };
    case 'json':
      emit('{"events":[\n');
      return { write: (events) => events.forEach((e) => emit(separated(JSON.stringify(e)))), end: () => emit('\n]}\n') };
  }
}
