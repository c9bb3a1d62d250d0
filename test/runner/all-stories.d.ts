declare module 'virtual:selca/all-stories' {
  const files: [path: string, module: Record<string, unknown>][];
  export default files;
}
