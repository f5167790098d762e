/** A mood band: the word a trainee reads and the colour family that goes with it. */
export interface MoodBand {
  /** Plain word for the mood, shown next to the colour so colour is never the only cue. */
  word: string;
  /** CSS modifier naming the colour family. */
  tone: 'low' | 'mid' | 'high';
}

const BANDS: readonly [number, MoodBand][] = [
  [20, { word: 'Furious', tone: 'low' }],
  [40, { word: 'Upset', tone: 'low' }],
  [55, { word: 'Uneasy', tone: 'mid' }],
  [70, { word: 'Calm', tone: 'mid' }],
  [85, { word: 'Pleased', tone: 'high' }],
  [101, { word: 'Delighted', tone: 'high' }],
];

/** The band a 0..100 mood falls in. */
export function moodBand(mood: number): MoodBand {
  for (const [below, band] of BANDS) if (mood < below) return band;
  return { word: 'Delighted', tone: 'high' };
}
