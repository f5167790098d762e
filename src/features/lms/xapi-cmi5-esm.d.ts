// @xapi/cmi5 names its ES module only in a "module" field, which Vitest's resolver does not
// read; the app imports the file by path, and this gives that path the package's own types.
declare module '@xapi/cmi5/dist/Cmi5.esm.js' {
  import Cmi5 from '@xapi/cmi5';
  export default Cmi5;
}
