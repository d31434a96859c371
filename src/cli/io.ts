// What every CLI command writes through: injected, so that tests read the lines a command prints.
// Its own module, so that the commands need not import ./main, which imports them.

/** Where a command writes; each call is one line (the newline is added by the writer). */
export interface Io {
  out(line: string): void;
  err(line: string): void;
}
