// Types for the deep imports of `natural` this folder uses. The top-level package is never
// imported: loading it takes ~0.7 s and it prints to stdout.

declare module "natural/lib/natural/distance/jaro-winkler_distance.js" {
  export default function jaroWinklerDistance(
    s1: string,
    s2: string,
    options?: { ignoreCase?: boolean; dj?: number },
  ): number;
}

declare module "natural/lib/natural/stemmers/porter_stemmer_sv.js" {
  const porterStemmerSv: { stem(token: string): string };
  export default porterStemmerSv;
}

declare module "natural/lib/natural/distance/levenshtein_distance.js" {
  interface LevenshteinOptions {
    insertion_cost?: number;
    deletion_cost?: number;
    substitution_cost?: number;
    transposition_cost?: number;
    restricted?: boolean;
  }
  const levenshtein: {
    LevenshteinDistance(source: string, target: string, options?: LevenshteinOptions): number;
    DamerauLevenshteinDistance(
      source: string,
      target: string,
      options?: LevenshteinOptions,
    ): number;
  };
  export default levenshtein;
}
