// Turns the analyzer's view of the sources into the manifest of what the package ships: the
// element as `dist/defus-info.js` defines it, with its public API only, real tag name, value
// types spelled out and attribute defaults resolved. Each step below corrects one thing the
// analyzer cannot know about this code base; the manifest test (test/manifest.test.ts)
// checks the result against the built element.
import ts from 'typescript';

/** The shipped module the sources are bundled into. */
const SHIPPED_MODULE = 'dist/defus-info.js';
const ELEMENT_SOURCE = 'src/defus-info.ts';
/** LitElement's machinery, not API a page uses. */
const BASE_CLASS_STATICS = new Set(['styles', 'properties', 'observedAttributes']);

/**
 * Literal unions behind the element's field types (`DefusInfoVariant` → `'card' | 'compact'`), read
 * with TypeScript's checker, so that editors can offer the values and the docs can list them.
 */
function fieldTypes(className) {
  const program = ts.createProgram([ELEMENT_SOURCE], { strict: true, resolveJsonModule: true, skipLibCheck: true, noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(ELEMENT_SOURCE);
  const types = new Map();
  ts.forEachChild(source, (node) => {
    if (!ts.isClassDeclaration(node) || node.name?.text !== className) return;
    for (const member of node.members) {
      if (!ts.isPropertyDeclaration(member) || !ts.isIdentifier(member.name)) continue;
      const type = checker.getTypeAtLocation(member);
      const parts = type.isUnion() ? type.types : [type];
      if (
        parts.every((part) => part.isLiteral() || part.flags & ts.TypeFlags.Undefined) &&
        parts.some((part) => part.isLiteral())
      ) {
        types.set(member.name.text, parts.map((part) => checker.typeToString(part)).join(' | '));
      }
    }
  });
  return types;
}

export function shippedApiPlugin() {
  return {
    name: 'defus-info:shipped-api',
    packageLinkPhase({ customElementsManifest }) {
      const variables = new Map(
        customElementsManifest.modules.flatMap((module) =>
          module.declarations
            .filter((declaration) => declaration.kind === 'variable')
            .map((variable) => [variable.name, variable.default]),
        ),
      );
      // Constants are written as their source text; an identifier is resolved to its value.
      const resolve = (text) => (variables.has(text) ? variables.get(text) : text);

      const element = customElementsManifest.modules.find((module) => module.path === ELEMENT_SOURCE);
      if (!element) throw new Error(`manifest: ${ELEMENT_SOURCE} was not analysed`);
      const elementClass = element.declarations.find((declaration) => declaration.customElement);
      if (!elementClass) throw new Error(`manifest: no custom element class in ${ELEMENT_SOURCE}`);

      // `customElements.define(TAG, …)`: the analyzer records the identifier.
      elementClass.tagName = JSON.parse(resolve(elementClass.tagName).replaceAll("'", '"'));

      const types = fieldTypes(elementClass.name);
      elementClass.members = elementClass.members.filter(
        (member) =>
          member.privacy !== 'private' &&
          member.privacy !== 'protected' &&
          !(member.static && BASE_CLASS_STATICS.has(member.name)),
      );
      for (const entry of [...elementClass.members, ...elementClass.attributes]) {
        const field = entry.fieldName ?? entry.name;
        if (types.has(field)) entry.type = { text: types.get(field) };
        // Defaults are set in the constructor from named constants (`this.theme = DEFAULT_THEME`).
        if (entry.default !== undefined) entry.default = resolve(entry.default);
      }

      element.path = SHIPPED_MODULE;
      element.declarations = [elementClass];
      // Type-only re-exports are not exports of the JavaScript module.
      element.exports = element.exports.filter(
        (entry) => entry.kind === 'custom-element-definition' || entry.declaration.name === elementClass.name,
      );
      for (const entry of element.exports) {
        entry.declaration.module = SHIPPED_MODULE;
        // A definition export is named by its tag, which the analyzer took from the identifier too.
        if (entry.kind === 'custom-element-definition') entry.name = elementClass.tagName;
      }
      customElementsManifest.modules = [element];
    },
  };
}
