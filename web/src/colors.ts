/** PLOVER types in display order, with colours grouped by kind (material conflict reds, verbal conflict ambers, cooperation blues/greens). */
export const TYPE_COLORS: Record<string, string> = {
  ASSAULT: '#c62828', COERCE: '#8e24aa', MOBILIZE: '#6d4c41', SANCTION: '#ad1457', PROTEST: '#ef6c00',
  THREATEN: '#f9a825', REJECT: '#9e9d24', ACCUSE: '#d84315', REQUEST: '#00838f', RETREAT: '#546e7a',
  AID: '#2e7d32', COOPERATE: '#1565c0', CONCEDE: '#00695c', SUPPORT: '#3949ab', CONSULT: '#0277bd', AGREE: '#558b2f',
};

export const PLOVER_ORDER = Object.keys(TYPE_COLORS);

export function typeColor(type: string): string {
  return TYPE_COLORS[type] ?? '#757575';
}
