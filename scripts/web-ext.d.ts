// The slice of web-ext's Node API the project uses (the package ships no types).
declare module 'web-ext' {
  interface Runner {
    exit(): Promise<void>;
  }
  interface LintResult {
    errors: { code: string; message: string; file?: string }[];
    warnings: { code: string; message: string; file?: string }[];
    summary: { errors: number; warnings: number; notices: number };
  }
  const webExt: {
    cmd: {
      run(params: Record<string, unknown>, options: { shouldExitProgram: boolean }): Promise<Runner>;
      build(params: Record<string, unknown>, options: Record<string, unknown>): Promise<{ extensionPath: string }>;
      lint(params: Record<string, unknown>, options: Record<string, unknown>): Promise<LintResult>;
    };
  };
  export default webExt;
}
