// The package's exports map lists "import" before "types", so TypeScript never reaches the
// declaration of its browser command; this repeats that declaration (browser/commands.d.ts).
declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Node, name: string): Promise<void>;
}
