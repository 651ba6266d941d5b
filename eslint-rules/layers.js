/**
 * The layer rule: which folders of src/ a file may import from, checked on the resolved path of
 * every static import, re-export, `import()`, `import("...")` type and `require()`, so a dynamic
 * import cannot slip past. The table is in eslint.config.js; README's Layout describes it.
 */
const path = require("node:path");
const { builtinModules } = require("node:module");

const builtins = new Set(builtinModules);

function isBuiltin(specifier) {
  return specifier.startsWith("node:") || builtins.has(specifier) || builtins.has(specifier.split("/")[0]);
}

/** "src/rules/finding.ts" -> "rules/finding.ts"; undefined outside src/. */
function underSrc(root, file) {
  const relative = path.relative(path.join(root, "src"), file).split(path.sep).join("/");
  return relative.startsWith("..") || path.isAbsolute(relative) ? undefined : relative;
}

/** The layer a file is in: the longest table key it lies under ("workbook/office" before "workbook"). */
function layerOf(layers, relative) {
  let best;
  for (const key of Object.keys(layers)) {
    if ((relative === key || relative.startsWith(`${key}/`)) && (best === undefined || key.length > best.length))
      best = key;
  }
  return best;
}

const within = (relative, folder) =>
  relative === folder || relative.startsWith(`${folder}/`) || relative.startsWith(`${folder}.`);

module.exports = {
  meta: {
    type: "problem",
    docs: { description: "Keep each folder of src/ to the layers it may import from." },
    schema: [
      {
        type: "object",
        properties: { root: { type: "string" }, layers: { type: "object" } },
        required: ["root", "layers"],
        additionalProperties: false,
      },
    ],
    messages: {
      forbidden: "{{layer}} may not import {{target}}: {{why}}",
      builtin: "{{layer}} may not import the Node built-in {{target}}: {{why}}",
      package: "{{layer}} may not import the package {{target}}: {{why}}",
      unlisted: "src/{{folder}} is in no layer: add it to the layer table in eslint.config.js.",
    },
  },
  create(context) {
    const { root, layers } = context.options[0];
    const file = underSrc(root, context.filename);
    if (file === undefined || !file.includes("/")) return {};
    const layer = layerOf(layers, file);
    if (layer === undefined) {
      return {
        Program: (node) => context.report({ node, messageId: "unlisted", data: { folder: file.split("/")[0] } }),
      };
    }
    const { forbid = [], builtins: allowBuiltins = false, packages = [], why } = layers[layer];
    const check = (node, specifier) => {
      if (typeof specifier !== "string") return;
      if (specifier.startsWith(".")) {
        const target = underSrc(root, path.resolve(path.dirname(context.filename), specifier));
        if (target === undefined) return;
        const hit = forbid.find((folder) => within(target, folder));
        if (hit !== undefined)
          context.report({
            node,
            messageId: "forbidden",
            data: { layer: `src/${layer}`, target: `src/${target}`, why },
          });
      } else if (isBuiltin(specifier)) {
        if (!allowBuiltins)
          context.report({ node, messageId: "builtin", data: { layer: `src/${layer}`, target: specifier, why } });
      } else if (packages.some((name) => specifier === name || specifier.startsWith(`${name}/`))) {
        context.report({ node, messageId: "package", data: { layer: `src/${layer}`, target: specifier, why } });
      }
    };
    const literal = (node) =>
      node?.type === "Literal"
        ? node.value
        : node?.type === "TemplateLiteral" && node.expressions.length === 0
          ? node.quasis[0].value.cooked
          : undefined;
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => check(node, literal(node.source)),
      TSImportType: (node) => check(node, literal(node.argument?.literal ?? node.argument ?? node.source)),
      TSExternalModuleReference: (node) => check(node, literal(node.expression)),
      CallExpression: (node) => {
        if (node.callee.type === "Identifier" && node.callee.name === "require")
          check(node, literal(node.arguments[0]));
      },
    };
  },
};
