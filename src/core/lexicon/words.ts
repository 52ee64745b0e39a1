// Helper for writing word lists as data.
export const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));
