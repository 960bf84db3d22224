/** sastrawijs ships types its package.json `exports` do not point to: the part we use. */
declare module 'sastrawijs' {
  export class Stemmer {
    constructor(dictionary?: string[]);
    stem(word: string): string;
  }
}
