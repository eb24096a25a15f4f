// The offline writer: summaries and weekly narratives assembled from figures by fixed rules, each text
// saying that a rule-based writer (no language model) wrote it. Used when no chat model is configured, or
// when the organization has not allowed health data to go to an external model.
export const RULE_BASED_WRITER = 'carebase-rule-based-writer-v1';
export const RULE_BASED_NOTE = "(Written by Carebase's rule-based writer, not a language model.)";

export interface WeekFigures {
  moods: number;
  averageMoodIntensity: number | null;
  dominantEmotion: string | null;
  journalEntries: number;
  calendarEvents: number;
  meals: number;
  averageDailyCalories: number | null;
  activities: number;
  activityMinutes: number;
  goalsActive: number;
  goalsOnTrack: number;
  /** Pearson correlation of a day's mood intensity with its activity minutes (null under 3 paired days). */
  moodActivityCorrelation: number | null;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function writeWeeklyNarrative(f: WeekFigures): string {
  const parts: string[] = [];
  if (f.moods)
    parts.push(
      `You checked in your mood ${plural(f.moods, 'time')}` +
        (f.dominantEmotion ? `, most often feeling ${f.dominantEmotion}` : '') +
        (f.averageMoodIntensity !== null
          ? ` (average intensity ${f.averageMoodIntensity.toFixed(1)} of 10)`
          : '') +
        '.',
    );
  if (f.journalEntries)
    parts.push(`You wrote ${plural(f.journalEntries, 'journal entry', 'journal entries')}.`);
  if (f.activities)
    parts.push(
      `You logged ${plural(f.activities, 'activity', 'activities')}, ${f.activityMinutes} minutes in all.`,
    );
  if (f.meals)
    parts.push(
      `You logged ${plural(f.meals, 'meal')}` +
        (f.averageDailyCalories !== null
          ? `, about ${Math.round(f.averageDailyCalories)} kcal a logged day`
          : '') +
        '.',
    );
  if (f.calendarEvents) parts.push(`Your calendar held ${plural(f.calendarEvents, 'event')}.`);
  if (f.goalsActive)
    parts.push(
      `${f.goalsOnTrack} of ${plural(f.goalsActive, 'active goal')} are on track for their target date.`,
    );
  if (f.moodActivityCorrelation !== null && Math.abs(f.moodActivityCorrelation) >= 0.3)
    parts.push(
      f.moodActivityCorrelation > 0
        ? 'Your mood tended to be higher on days you were more active.'
        : 'Your mood tended to be lower on days you were more active.',
    );
  if (!parts.length) parts.push('There was little recorded activity this week.');
  return `${parts.join(' ')} ${RULE_BASED_NOTE}`;
}

/** A chat session's summary and dominant emotion from its user messages. */
export function summarizeChat(userMessages: string[]): { summary: string; dominantEmotion: string | null } {
  const EMOTIONS: Record<string, string[]> = {
    happy: ['happy', 'glad', 'great', 'joy', 'good'],
    sad: ['sad', 'down', 'unhappy', 'lonely', 'cry'],
    anxious: ['anxious', 'worried', 'nervous', 'stress', 'stressed', 'afraid'],
    angry: ['angry', 'mad', 'furious', 'annoyed'],
    calm: ['calm', 'relaxed', 'peaceful', 'rested'],
    tired: ['tired', 'exhausted', 'sleepy'],
  };
  const counts = new Map<string, number>();
  for (const m of userMessages)
    for (const w of m.toLowerCase().match(/[\p{L}]+/gu) ?? [])
      for (const [emotion, words] of Object.entries(EMOTIONS))
        if (words.includes(w)) counts.set(emotion, (counts.get(emotion) ?? 0) + 1);
  const dominantEmotion = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const first = userMessages[0]?.slice(0, 200) ?? '';
  const summary =
    `${plural(userMessages.length, 'message')} from you` +
    (first ? `, starting with: "${first}${userMessages[0].length > 200 ? '…' : ''}"` : '') +
    (dominantEmotion ? `; the feeling named most was ${dominantEmotion}` : '') +
    `. ${RULE_BASED_NOTE}`;
  return { summary, dominantEmotion };
}
