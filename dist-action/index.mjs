// The kubeplan GitHub Action, bundled by scripts/build.mjs --action: do not edit.
import { createRequire as __kubeplanCreateRequire } from 'node:module';
const require = __kubeplanCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names2, c) => {
          if (c instanceof Name)
            names2[c.str] = (names2[c.str] || 0) + 1;
          return names2;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names2, constants) {
        if (!names2[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names2, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names2, constants) {
        if (this.lhs instanceof code_1.Name && !names2[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names2, constants);
        return this;
      }
      get names() {
        const names2 = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names2, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names2, constants) {
        this.code = optimizeExpr(this.code, names2, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names2, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names2, constants))
            continue;
          subtractNames(names2, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names2, n) => addNames(names2, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names2, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names2, constants);
        if (!(super.optimizeNames(names2, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names2, constants);
        return this;
      }
      get names() {
        const names2 = super.names;
        addExprNames(names2, this.condition);
        if (this.else)
          addNames(names2, this.else.names);
        return names2;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names2, constants) {
        if (!super.optimizeNames(names2, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names2, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names2 = addExprNames(super.names, this.from);
        return addExprNames(names2, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names2, constants) {
        if (!super.optimizeNames(names2, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names2, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names2, constants) {
        var _a, _b;
        super.optimizeNames(names2, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names2, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names2, constants);
        return this;
      }
      get names() {
        const names2 = super.names;
        if (this.catch)
          addNames(names2, this.catch.names);
        if (this.finally)
          addNames(names2, this.finally.names);
        return names2;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names2, from) {
      for (const n in from)
        names2[n] = (names2[n] || 0) + (from[n] || 0);
      return names2;
    }
    function addExprNames(names2, from) {
      return from instanceof code_1._CodeOrName ? addNames(names2, from.names) : names2;
    }
    function optimizeExpr(expr, names2, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names2[n.str] !== 1)
          return n;
        delete names2[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names2[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names2, from) {
      for (const n in from)
        names2[n] = (names2[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash2 = {};
      for (const item of arr)
        hash2[item] = true;
      return hash2;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES2) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES2.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names2 = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names2;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES: RULES2 } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES2))) {
        gen.block(() => keywordCode(it, "$ref", RULES2.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES2.rules)
          groupKeywords(group);
        groupKeywords(RULES2.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root2, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root2.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve7.call(this, root2, ref);
      if (_sch === void 0) {
        const schema = (_a = root2.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root: root2, baseId });
      }
      if (_sch === void 0)
        return;
      return root2.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve7(root2, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root2, ref);
    }
    function resolveSchema(root2, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root2.baseId, void 0);
      if (Object.keys(root2.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root2);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root2, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root: root2, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root: root2 }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root2, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root: root2, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve7(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative3, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options), options);
        relative3 = parse(serialize(relative3, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative3.scheme) {
        target.scheme = relative3.scheme;
        target.userinfo = relative3.userinfo;
        target.host = relative3.host;
        target.port = relative3.port;
        target.path = removeDotSegments(relative3.path || "");
        target.query = relative3.query;
      } else {
        if (relative3.userinfo !== void 0 || relative3.host !== void 0 || relative3.port !== void 0) {
          target.userinfo = relative3.userinfo;
          target.host = relative3.host;
          target.port = relative3.port;
          target.path = removeDotSegments(relative3.path || "");
          target.query = relative3.query;
        } else {
          if (!relative3.path) {
            target.path = base.path;
            if (relative3.query !== void 0) {
              target.query = relative3.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative3.path[0] === "/") {
              target.path = removeDotSegments(relative3.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative3.path;
              } else if (!base.path) {
                target.path = relative3.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative3.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative3.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative3.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region2 = introducerMatch[1];
        const normalizedRegion = region2.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region2.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve: resolve7,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv4 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions2.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions2.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root2 = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root2, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES: RULES2 } = this;
        delete RULES2.keywords[keyword];
        delete RULES2.all[keyword];
        for (const group of RULES2.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text2, msg) => text2 + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv4.ValidationError = validation_error_1.default;
    Ajv4.MissingRefError = ref_error_1.default;
    exports.default = Ajv4;
    function checkOptions2(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES: RULES2 } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES2.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES: RULES2 } = this;
      let ruleGroup = post ? RULES2.post : RULES2.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES2.rules.push(ruleGroup);
      }
      RULES2.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES2.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root: root2 } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root2.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root2, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root2)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root2 });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root2, root2.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv4 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv4;
    module.exports = exports = Ajv4;
    module.exports.Ajv = Ajv4;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv4;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root2) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root2, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text2, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text2[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text2, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text2[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text2;
      if (onFold)
        onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text2.length;
        if (fold === 0)
          res = `
${indent}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text2[fold]}\\`;
          res += `
${indent}${text2.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text2[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text2[++i];
        } else {
          do {
            ch = text2[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text2[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors2 = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "…" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "…";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "…\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep3, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep3) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep3 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep3, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep3 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep3 + cb;
              sep3 = "";
              break;
            }
            case "newline":
              if (comment)
                sep3 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep3, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep3 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep3 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep3, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep3 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep3)
                for (const st of sep3) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep3, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines2(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep3 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep3 === " ")
            sep3 = "\n";
          else if (!prevMoreIndented && sep3 === "\n")
            sep3 = "\n\n";
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep3 === "\n")
            value += "\n";
          else
            sep3 = "\n";
        } else {
          value += sep3 + content;
          sep3 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines2(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines2(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines2(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines2(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep3 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep3 === "\n")
            res += sep3;
          else
            sep3 = "\n";
        } else {
          res += sep3 + lm;
          sep3 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep3 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "",
      // Unicode next line
      _: " ",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors2();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors2();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep3, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep3)
        for (const st of sep3)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep3;
          if (scalar.end) {
            sep3 = scalar.end;
            sep3.push(this.sourceToken);
            delete scalar.end;
          } else
            sep3 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep3 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep3 = it.sep;
                  sep3.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep3 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep3 = fc.end.splice(1, fc.end.length);
            sep3.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep3 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors2();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments2;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors2();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// node_modules/ajv-formats/dist/limit.js
var require_limit = __commonJS({
  "node_modules/ajv-formats/dist/limit.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatLimitDefinition = void 0;
    var ajv_1 = require_ajv();
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      formatMaximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      formatMinimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      formatExclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      formatExclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`should be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    exports.formatLimitDefinition = {
      keyword: Object.keys(KWDs),
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, keyword, it } = cxt;
        const { opts, self } = it;
        if (!opts.validateFormats)
          return;
        const fCxt = new ajv_1.KeywordCxt(it, self.RULES.all.format.definition, "format");
        if (fCxt.$data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fmt = gen.const("fmt", (0, codegen_1._)`${fmts}[${fCxt.schemaCode}]`);
          cxt.fail$data((0, codegen_1.or)((0, codegen_1._)`typeof ${fmt} != "object"`, (0, codegen_1._)`${fmt} instanceof RegExp`, (0, codegen_1._)`typeof ${fmt}.compare != "function"`, compareCode(fmt)));
        }
        function validateFormat() {
          const format = fCxt.schema;
          const fmtDef = self.formats[format];
          if (!fmtDef || fmtDef === true)
            return;
          if (typeof fmtDef != "object" || fmtDef instanceof RegExp || typeof fmtDef.compare != "function") {
            throw new Error(`"${keyword}": format "${format}" does not define "compare" function`);
          }
          const fmt = gen.scopeValue("formats", {
            key: format,
            ref: fmtDef,
            code: opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(format)}` : void 0
          });
          cxt.fail$data(compareCode(fmt));
        }
        function compareCode(fmt) {
          return (0, codegen_1._)`${fmt}.compare(${data}, ${schemaCode}) ${KWDs[keyword].fail} 0`;
        }
      },
      dependencies: ["format"]
    };
    var formatLimitPlugin = (ajv2) => {
      ajv2.addKeyword(exports.formatLimitDefinition);
      return ajv2;
    };
    exports.default = formatLimitPlugin;
  }
});

// node_modules/ajv-formats/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/ajv-formats/dist/index.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var formats_1 = require_formats();
    var limit_1 = require_limit();
    var codegen_1 = require_codegen();
    var fullName = new codegen_1.Name("fullFormats");
    var fastName = new codegen_1.Name("fastFormats");
    var formatsPlugin = (ajv2, opts = { keywords: true }) => {
      if (Array.isArray(opts)) {
        addFormats2(ajv2, opts, formats_1.fullFormats, fullName);
        return ajv2;
      }
      const [formats, exportName] = opts.mode === "fast" ? [formats_1.fastFormats, fastName] : [formats_1.fullFormats, fullName];
      const list = opts.formats || formats_1.formatNames;
      addFormats2(ajv2, list, formats, exportName);
      if (opts.keywords)
        (0, limit_1.default)(ajv2);
      return ajv2;
    };
    formatsPlugin.get = (name, mode = "full") => {
      const formats = mode === "fast" ? formats_1.fastFormats : formats_1.fullFormats;
      const f = formats[name];
      if (!f)
        throw new Error(`Unknown format "${name}"`);
      return f;
    };
    function addFormats2(ajv2, list, fs, exportName) {
      var _a;
      var _b;
      (_a = (_b = ajv2.opts.code).formats) !== null && _a !== void 0 ? _a : _b.formats = (0, codegen_1._)`require("ajv-formats/dist/formats").${exportName}`;
      for (const f of list)
        ajv2.addFormat(f, fs[f]);
    }
    module.exports = exports = formatsPlugin;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = formatsPlugin;
  }
});

// src/action/main.ts
import { execFile as execFile2 } from "node:child_process";
import { appendFile, mkdir, writeFile as writeFile2 } from "node:fs/promises";
import { dirname as dirname4, isAbsolute, join as join5, relative as relative2, resolve as resolve6, sep as sep2 } from "node:path";

// src/cli/commands/lint.ts
import { readFile as readFile3, writeFile } from "node:fs/promises";
import { resolve as resolve5 } from "node:path";

// src/engine/rule.ts
function createRule(rule) {
  return rule;
}

// src/resources/kinds.ts
var CLUSTER_SCOPED_KINDS = /* @__PURE__ */ new Set([
  "APIService",
  "CertificateSigningRequest",
  "ClusterRole",
  "ClusterRoleBinding",
  "ClusterTrustBundle",
  "ComponentStatus",
  "CSIDriver",
  "CSINode",
  "CustomResourceDefinition",
  "DeviceClass",
  "FlowSchema",
  "IngressClass",
  "IPAddress",
  "MutatingAdmissionPolicy",
  "MutatingAdmissionPolicyBinding",
  "MutatingWebhookConfiguration",
  "Namespace",
  "Node",
  "PersistentVolume",
  "PodSecurityPolicy",
  "PriorityClass",
  "PriorityLevelConfiguration",
  "ResourceSlice",
  "RuntimeClass",
  "SelfSubjectAccessReview",
  "SelfSubjectReview",
  "SelfSubjectRulesReview",
  "ServiceCIDR",
  "StorageClass",
  "StorageVersion",
  "StorageVersionMigration",
  "SubjectAccessReview",
  "TokenReview",
  "ValidatingAdmissionPolicy",
  "ValidatingAdmissionPolicyBinding",
  "ValidatingWebhookConfiguration",
  "VolumeAttachment",
  "VolumeAttributesClass"
]);
function buildScopeResolver(clusterScopedCustomKinds) {
  return (group, kind) => clusterScopedCustomKinds.has(`${group}/${kind}`) || isBuiltinGroup(group) && CLUSTER_SCOPED_KINDS.has(kind) ? "Cluster" : "Namespaced";
}
function isBuiltinGroup(group) {
  return group === "" || group.endsWith(".k8s.io") || !group.includes(".") || group === "policy";
}
var POD_TEMPLATE_PATHS = {
  Deployment: ["spec", "template"],
  ReplicaSet: ["spec", "template"],
  ReplicationController: ["spec", "template"],
  StatefulSet: ["spec", "template"],
  DaemonSet: ["spec", "template"],
  Job: ["spec", "template"],
  CronJob: ["spec", "jobTemplate", "spec", "template"],
  PodTemplate: ["template"]
};
var POD_SPEC_KINDS = ["Pod", ...Object.keys(POD_TEMPLATE_PATHS)];
var SELECTOR_WORKLOAD_KINDS = /* @__PURE__ */ new Set(["Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "Job"]);
function podTemplateOf(resource) {
  if (resource.kind === "Pod") {
    return {
      path: [],
      metadata: asObject(resource.object.metadata),
      spec: asObject(resource.object.spec),
      specPath: ["spec"]
    };
  }
  const path = POD_TEMPLATE_PATHS[resource.kind];
  if (!path) return void 0;
  let current = resource.object;
  for (const segment of path) current = isObject(current) ? current[segment] : void 0;
  if (!isObject(current)) return void 0;
  return { path, metadata: asObject(current.metadata), spec: asObject(current.spec), specPath: [...path, "spec"] };
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function asObject(value) {
  return isObject(value) ? value : {};
}
function asArray(value) {
  return Array.isArray(value) ? value : [];
}
var CONFIG_FILE_GROUPS = /* @__PURE__ */ new Set(["apiserver.k8s.io", "audit.k8s.io", "client.authentication.k8s.io", "kind.x-k8s.io", "kubeadm.k8s.io"]);
function isConfigFileKind(group, kind) {
  return group.endsWith("config.k8s.io") || CONFIG_FILE_GROUPS.has(group) || group === "" && kind === "Config";
}

// src/resources/workload.ts
var REPLICATED_KINDS = /* @__PURE__ */ new Set(["Deployment", "ReplicaSet", "ReplicationController", "StatefulSet"]);
function declaredReplicas(resource) {
  const spec = resource.object.spec;
  if (!isObject(spec)) return void 0;
  const replicas = spec.replicas;
  return typeof replicas === "number" && Number.isInteger(replicas) && replicas >= 0 ? replicas : void 0;
}
function desiredReplicas(resource) {
  if (resource.kind === "Pod") return 1;
  if (!REPLICATED_KINDS.has(resource.kind)) return void 0;
  return declaredReplicas(resource) ?? 1;
}

// src/index/autoscalers.ts
function autoscalersOf(index, resource) {
  const out = [];
  for (const { from, reference } of index.referencesTo(resource.kind, resource.namespace, resource.name)) {
    if (reference.kind === "ScaleTarget" && from.kind === "HorizontalPodAutoscaler" && from.namespace === resource.namespace) {
      out.push(from);
    }
  }
  return out;
}
function autoscalerBounds(hpa) {
  const spec = isObject(hpa.object.spec) ? hpa.object.spec : {};
  const min = typeof spec.minReplicas === "number" && Number.isInteger(spec.minReplicas) ? spec.minReplicas : 1;
  const max = typeof spec.maxReplicas === "number" && Number.isInteger(spec.maxReplicas) ? spec.maxReplicas : void 0;
  return { min, max };
}
function replicaRange(index, resource) {
  const desired = desiredReplicas(resource);
  if (desired === void 0) return void 0;
  const autoscalers = resource.kind === "Pod" ? [] : autoscalersOf(index, resource);
  if (autoscalers.length === 0) return { min: desired, max: desired, autoscalers };
  let min = Infinity;
  let max = 0;
  for (const hpa of autoscalers) {
    const bounds = autoscalerBounds(hpa);
    min = Math.min(min, bounds.min);
    max = Math.max(max, bounds.max ?? bounds.min, bounds.min);
  }
  return { min, max, autoscalers };
}

// src/resources/resource.ts
function splitApiVersion(apiVersion) {
  const slash = apiVersion.lastIndexOf("/");
  return slash === -1 ? { group: "", version: apiVersion } : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}
function locateIn(resource, path, target = "value") {
  return resource.document.locate(resource.path.length === 0 ? path : [...resource.path, ...path], target);
}
function objectKey(group, kind, namespace, name) {
  return `${group}/${kind}/${namespace ?? ""}/${name}`;
}
function formatRef(ref) {
  return ref.namespace === null ? `${ref.kind} ${ref.name}` : `${ref.kind} ${ref.namespace}/${ref.name}`;
}
function sourceTextIn(resource, path) {
  return resource.document.sourceText(resource.path.length === 0 ? path : [...resource.path, ...path]);
}

// rules/hpa-replicas-conflict.ts
var hpa_replicas_conflict_default = createRule({
  id: "hpa-replicas-conflict",
  meta: {
    category: "reliability",
    severity: "warning",
    summary: "A workload managed by a HorizontalPodAutoscaler should not set spec.replicas.",
    rationale: "The autoscaler owns the replica count. Every `kubectl apply` of a manifest that sets spec.replicas resets the count to that number until the autoscaler acts again: a Deployment scaled out to 12 under load drops to 3 on the next deploy. Leave replicas out and let the autoscaler's minReplicas set the floor.",
    fix: "remove spec.replicas (set the floor with the autoscaler minReplicas)",
    messages: {
      replicasSet: "spec.replicas is set while {{hpa}} manages the replica count: every apply resets it to {{replicas}} until the autoscaler acts"
    },
    defaultOptions: {},
    kinds: ["Deployment", "ReplicaSet", "ReplicationController", "StatefulSet"]
  },
  check({ resource, index, report }) {
    const replicas = declaredReplicas(resource);
    if (replicas === void 0) return;
    const autoscalers = autoscalersOf(index, resource);
    if (autoscalers.length === 0) return;
    const first = autoscalers[0];
    report({
      messageId: "replicasSet",
      data: { hpa: `HorizontalPodAutoscaler ${first.name}`, replicas },
      path: ["spec", "replicas"],
      related: autoscalers.map((hpa) => ({ resource: hpa, path: ["spec", "scaleTargetRef", "name"], message: `${formatRef(hpa.ref)} targets this ${resource.kind}` }))
    });
  }
});

// rules/no-automount-service-account-token.ts
var no_automount_service_account_token_default = createRule({
  id: "no-automount-service-account-token",
  meta: {
    category: "security",
    severity: "warning",
    summary: "Pods should not mount a ServiceAccount token unless they call the Kubernetes API.",
    rationale: "By default every pod gets a token of its ServiceAccount mounted at /var/run/secrets/kubernetes.io/serviceaccount. Most applications never call the Kubernetes API; for them the token only helps an attacker who gets code execution to explore and act on the cluster with the ServiceAccount's permissions.",
    fix: "set automountServiceAccountToken: false on the pod spec (or on its ServiceAccount), and true only for pods that call the API",
    messages: {
      explicit: '{{kind}} "{{name}}" sets automountServiceAccountToken: true',
      implicit: '{{kind}} "{{name}}" mounts a token of ServiceAccount "{{serviceAccount}}": neither the pod nor the ServiceAccount sets automountServiceAccountToken: false'
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
    optIn: true
  },
  check({ resource, index, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    const spec = template.spec;
    const data = { kind: resource.kind, name: resource.name };
    if (spec.automountServiceAccountToken === false) return;
    if (spec.automountServiceAccountToken === true) {
      report({ messageId: "explicit", data, path: [...template.specPath, "automountServiceAccountToken"] });
      return;
    }
    const serviceAccount = serviceAccountOf(spec);
    const account = index.get("ServiceAccount", resource.namespace, serviceAccount);
    if (account?.object.automountServiceAccountToken === false) return;
    report({
      messageId: "implicit",
      data: { ...data, serviceAccount },
      path: template.specPath,
      related: account ? [{ resource: account, path: relatedPath(account.object), message: `ServiceAccount "${serviceAccount}"` }] : void 0
    });
  }
});
function serviceAccountOf(spec) {
  for (const field of ["serviceAccountName", "serviceAccount"]) {
    const value = spec[field];
    if (typeof value === "string" && value !== "") return value;
  }
  return "default";
}
function relatedPath(account) {
  return "automountServiceAccountToken" in account ? ["automountServiceAccountToken"] : ["metadata", "name"];
}

// src/resources/rbac.ts
function policyRulesOf(role) {
  if (isObject(role.aggregationRule)) return [];
  const out = [];
  asArray(role.rules).forEach((rule, index) => {
    if (!isObject(rule)) return;
    out.push({
      index,
      path: ["rules", index],
      apiGroups: strings(rule.apiGroups),
      resources: strings(rule.resources),
      verbs: strings(rule.verbs),
      nonResourceURLs: strings(rule.nonResourceURLs),
      resourceNames: strings(rule.resourceNames)
    });
  });
  return out;
}
function ruleCovers(rule, apiGroup, resource) {
  return (rule.apiGroups.includes("*") || rule.apiGroups.includes(apiGroup)) && (rule.resources.includes("*") || rule.resources.includes(resource));
}
function roleRefOf(binding) {
  const ref = asObject(binding.object.roleRef);
  if (ref.kind !== "Role" && ref.kind !== "ClusterRole" || typeof ref.name !== "string" || ref.name === "") return void 0;
  return { kind: ref.kind, name: ref.name };
}
function formatSubjects(binding, max = 3) {
  const names2 = [];
  for (const subject of asArray(binding.object.subjects)) {
    if (!isObject(subject) || typeof subject.kind !== "string" || typeof subject.name !== "string") continue;
    const namespace = typeof subject.namespace === "string" && subject.namespace !== "" ? subject.namespace : binding.namespace;
    const name = subject.kind === "ServiceAccount" && namespace ? `${namespace}/${subject.name}` : subject.name;
    names2.push(`${subject.kind} "${name}"`);
  }
  if (names2.length === 0) return "no subjects";
  if (names2.length <= max) return names2.join(", ");
  return `${names2.slice(0, max).join(", ")} and ${names2.length - max} more`;
}
function strings(value) {
  return asArray(value).filter((v) => typeof v === "string");
}

// rules/no-cluster-admin-binding.ts
var no_cluster_admin_binding_default = createRule({
  id: "no-cluster-admin-binding",
  meta: {
    category: "security",
    severity: "warning",
    summary: "Bindings should not grant cluster-admin, or a ClusterRole that allows everything.",
    rationale: "cluster-admin allows every action on every resource: whoever holds it (or steals a token of a ServiceAccount bound to it) owns the cluster. It is meant for break-glass use by people, not for workloads. (CIS Kubernetes Benchmark 5.1.1.)",
    fix: 'bind a role that grants only what the subject needs; for namespace administration, bind the built-in "admin" ClusterRole with a RoleBinding',
    messages: {
      clusterAdmin: '{{kind}} "{{name}}" grants cluster-admin{{scope}} to {{subjects}}',
      equivalent: '{{kind}} "{{name}}" grants ClusterRole "{{role}}", which allows every verb on every resource,{{scope}} to {{subjects}}'
    },
    defaultOptions: {},
    kinds: ["ClusterRoleBinding", "RoleBinding"],
    optIn: true
  },
  check({ resource, index, report }) {
    const ref = roleRefOf(resource);
    if (ref?.kind !== "ClusterRole") return;
    const data = {
      kind: resource.kind,
      name: resource.name,
      scope: resource.kind === "RoleBinding" ? ` in namespace "${resource.namespace}"` : "",
      subjects: formatSubjects(resource)
    };
    const path = ["roleRef", "name"];
    if (ref.name === "cluster-admin") {
      report({ messageId: "clusterAdmin", data, path });
      return;
    }
    const role = index.get("ClusterRole", null, ref.name);
    if (!role) return;
    const all = policyRulesOf(role.object).find(
      (r) => r.apiGroups.includes("*") && r.resources.includes("*") && r.verbs.includes("*") && r.resourceNames.length === 0
    );
    if (all) {
      report({
        messageId: "equivalent",
        data: { ...data, role: ref.name },
        path,
        related: [{ resource: role, path: all.path, message: `ClusterRole "${ref.name}" allows "*" verbs on "*" resources` }]
      });
    }
  }
});

// src/core/path.ts
var IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;
function formatPath(path) {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
function getAtPath(value, path) {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[segment];
  }
  return current;
}
function existingPrefix(value, path) {
  let current = value;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (current === null || typeof current !== "object") return path.slice(0, i);
    if (Array.isArray(current)) {
      if (typeof segment !== "number" || segment < 0 || segment >= current.length) return path.slice(0, i);
    } else if (typeof segment !== "string" || !Object.prototype.hasOwnProperty.call(current, segment)) {
      return path.slice(0, i);
    }
    current = current[segment];
  }
  return path;
}

// src/resources/pod-spec.ts
function containersOf(template, groups = ["containers", "initContainers"]) {
  const out = [];
  for (const group of groups) {
    asArray(template.spec[group]).forEach((container, i) => {
      if (!isObject(container)) return;
      out.push({
        container,
        path: [...template.specPath, group, i],
        group,
        name: typeof container.name === "string" ? container.name : "",
        sidecar: group === "initContainers" && container.restartPolicy === "Always"
      });
    });
  }
  return out;
}
function volumesOf(template) {
  const out = [];
  asArray(template.spec.volumes).forEach((volume, i) => {
    if (isObject(volume)) {
      out.push({ volume, path: [...template.specPath, "volumes", i], name: typeof volume.name === "string" ? volume.name : "" });
    }
  });
  return out;
}
function portsOf(container) {
  const out = [];
  asArray(container.container.ports).forEach((port, i) => {
    if (!isObject(port)) return;
    out.push({
      port,
      path: [...container.path, "ports", i],
      containerPort: typeof port.containerPort === "number" ? port.containerPort : void 0,
      name: typeof port.name === "string" ? port.name : void 0,
      protocol: typeof port.protocol === "string" ? port.protocol : "TCP",
      hostPort: typeof port.hostPort === "number" ? port.hostPort : void 0
    });
  });
  return out;
}

// src/resources/security-context.ts
var ALL_CONTAINER_GROUPS = ["containers", "initContainers", "ephemeralContainers"];
function buildSecurityContexts(template) {
  const podContext = asObject(template.spec.securityContext);
  const podPath = [...template.specPath, "securityContext"];
  return containersOf(template, ALL_CONTAINER_GROUPS).map((view) => {
    const context = asObject(view.container.securityContext);
    const containerPath = [...view.path, "securityContext"];
    const effective = (field, accept) => {
      const own = valueAt(context, field);
      if (accept(own)) return { value: own, path: [...containerPath, ...field], level: "container" };
      const inherited = valueAt(podContext, field);
      if (accept(inherited)) return { value: inherited, path: [...podPath, ...field], level: "pod" };
      return void 0;
    };
    const capabilities = asObject(context.capabilities);
    return {
      container: view,
      context,
      runAsNonRoot: effective(["runAsNonRoot"], isBoolean),
      runAsUser: effective(["runAsUser"], isInteger),
      seccompProfileType: effective(["seccompProfile", "type"], isString),
      windowsRunAsUserName: effective(["windowsOptions", "runAsUserName"], isString),
      capabilitiesAdded: capabilityEntries(capabilities.add, [...containerPath, "capabilities", "add"]),
      capabilitiesDropped: capabilityEntries(capabilities.drop, [...containerPath, "capabilities", "drop"]),
      reportPath: (...field) => [...view.path, ...existingPrefix(view.container, ["securityContext", ...field])]
    };
  });
}
function isWindowsPod(template) {
  return isObject(template.spec.os) && template.spec.os.name === "windows";
}
function normalizeCapability(name) {
  const upper = name.trim().toUpperCase();
  return upper.startsWith("CAP_") ? upper.slice(4) : upper;
}
function formatContainerNames(names2) {
  const quoted = names2.map((n) => JSON.stringify(n));
  if (quoted.length <= 1) return `container ${quoted[0] ?? '""'}`;
  return `containers ${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
}
function capabilityEntries(list, path) {
  const out = [];
  asArray(list).forEach((name, i) => {
    if (typeof name === "string") out.push({ name: normalizeCapability(name), path: [...path, i] });
  });
  return out;
}
function valueAt(object, field) {
  let current = object;
  for (const segment of field) current = isObject(current) ? current[segment] : void 0;
  return current;
}
var isBoolean = (value) => typeof value === "boolean";
var isInteger = (value) => typeof value === "number" && Number.isInteger(value);
var isString = (value) => typeof value === "string";

// rules/no-dangerous-capabilities.ts
var BASELINE_ALLOWED = [
  "AUDIT_WRITE",
  "CHOWN",
  "DAC_OVERRIDE",
  "FOWNER",
  "FSETID",
  "KILL",
  "MKNOD",
  "NET_BIND_SERVICE",
  "SETFCAP",
  "SETGID",
  "SETPCAP",
  "SETUID",
  "SYS_CHROOT"
];
var WHAT = {
  SYS_ADMIN: "mounts, namespaces and much more: close to full root",
  NET_ADMIN: "reconfigures interfaces, routes and firewall rules",
  NET_RAW: "forges packets on the network",
  SYS_PTRACE: "traces other processes and reads their memory",
  SYS_MODULE: "loads kernel modules",
  SYS_RAWIO: "raw access to devices and I/O ports",
  SYS_BOOT: "reboots the node",
  SYS_TIME: "sets the node's clock",
  DAC_READ_SEARCH: "reads any file, bypassing permissions",
  BPF: "loads eBPF programs into the kernel",
  PERFMON: "observes every process through perf events",
  SYSLOG: "reads the kernel log",
  MAC_ADMIN: "reconfigures AppArmor or SELinux",
  MAC_OVERRIDE: "bypasses AppArmor or SELinux",
  LINUX_IMMUTABLE: "changes immutable and append-only files",
  SYS_RESOURCE: "overrides resource limits",
  IPC_LOCK: "locks memory the kernel can then neither swap nor reclaim",
  IPC_OWNER: "bypasses IPC permission checks",
  WAKE_ALARM: "wakes the node from suspend",
  BLOCK_SUSPEND: "blocks the node from suspending",
  AUDIT_CONTROL: "reconfigures kernel auditing",
  AUDIT_READ: "reads the kernel audit log",
  LEASE: "takes leases on any file",
  SYS_NICE: "changes the priority of any process",
  SYS_PACCT: "configures process accounting",
  SYS_TTY_CONFIG: "reconfigures terminals",
  CHECKPOINT_RESTORE: "checkpoints and restores processes"
};
var no_dangerous_capabilities_default = createRule({
  id: "no-dangerous-capabilities",
  meta: {
    category: "security",
    severity: "warning",
    summary: "Containers must not add capabilities beyond the Pod Security Standards baseline set.",
    rationale: "Capabilities split root into pieces; some of the pieces (SYS_ADMIN, NET_ADMIN, SYS_PTRACE, SYS_MODULE, …) are enough to take over the node. Pod Security Standards (baseline) allow adding only AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID and SYS_CHROOT.",
    fix: "remove the capability from securityContext.capabilities.add, or allow it for this rule in .kubeplan.yaml with a reason",
    messages: {
      added: 'container "{{container}}" adds capability {{capability}} ({{what}})',
      addsAll: 'container "{{container}}" adds ALL capabilities: it is as powerful as root on the node'
    },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: {
        allowed: {
          type: "array",
          items: { type: "string", minLength: 1 },
          description: "Capabilities containers may add (replaces the Pod Security Standards baseline list)."
        }
      }
    },
    defaultOptions: { allowed: BASELINE_ALLOWED },
    kinds: POD_SPEC_KINDS
  },
  check({ resource, options, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    let allowed;
    for (const c of buildSecurityContexts(template)) {
      for (const cap of c.capabilitiesAdded) {
        allowed ??= new Set(options.allowed.map(normalizeCapability));
        if (allowed.has(cap.name)) continue;
        if (cap.name === "ALL") report({ messageId: "addsAll", data: { container: c.container.name }, path: cap.path });
        else {
          report({
            messageId: "added",
            data: { container: c.container.name, capability: cap.name, what: WHAT[cap.name] ?? "not in the Pod Security Standards baseline set" },
            path: cap.path
          });
        }
      }
    }
  }
});

// rules/no-default-service-account.ts
var no_default_service_account_default = createRule({
  id: "no-default-service-account",
  meta: {
    category: "security",
    severity: "warning",
    summary: `Pods should run as their own ServiceAccount, not the namespace's "default" one.`,
    rationale: 'Every pod without serviceAccountName runs as the "default" ServiceAccount of its namespace and shares its token and permissions with every other such pod: a RoleBinding added for one workload silently grants the others too. A dedicated ServiceAccount per workload keeps permissions and audit logs apart.',
    fix: "create a ServiceAccount for the workload and set spec.serviceAccountName (or set automountServiceAccountToken: false if it needs no API access)",
    messages: {
      implicitDefault: '{{kind}} "{{name}}" has no serviceAccountName: it runs as the "default" ServiceAccount',
      explicitDefault: '{{kind}} "{{name}}" runs as the "default" ServiceAccount'
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
    optIn: true
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    const spec = template.spec;
    if (spec.automountServiceAccountToken === false) return;
    const data = { kind: resource.kind, name: resource.name };
    for (const field of ["serviceAccountName", "serviceAccount"]) {
      const value = spec[field];
      if (typeof value !== "string" || value === "") continue;
      if (value === "default") report({ messageId: "explicitDefault", data, path: [...template.specPath, field] });
      return;
    }
    report({ messageId: "implicitDefault", data, path: template.specPath });
  }
});

// src/resources/api-lifecycle.ts
var ROWS = [
  // Removed in 1.16
  ["extensions/v1beta1", "Deployment DaemonSet ReplicaSet", "1.9", "1.16", "apps/v1", "1.9"],
  ["apps/v1beta1", "Deployment StatefulSet ControllerRevision", "1.9", "1.16", "apps/v1", "1.9"],
  ["apps/v1beta2", "Deployment StatefulSet DaemonSet ReplicaSet ControllerRevision", "1.9", "1.16", "apps/v1", "1.9"],
  ["extensions/v1beta1", "NetworkPolicy", "1.9", "1.16", "networking.k8s.io/v1", "1.8"],
  // Its successor, policy/v1beta1, was removed in 1.25 too: no version that serves neither has a replacement.
  [
    "extensions/v1beta1",
    "PodSecurityPolicy",
    "1.11",
    "1.16",
    null,
    "1.16",
    "use Pod Security Admission (pod-security.kubernetes.io namespace labels) or a policy engine"
  ],
  // Removed in 1.22
  [
    "admissionregistration.k8s.io/v1beta1",
    "MutatingWebhookConfiguration ValidatingWebhookConfiguration",
    "1.16",
    "1.22",
    "admissionregistration.k8s.io/v1",
    "1.16"
  ],
  [
    "apiextensions.k8s.io/v1beta1",
    "CustomResourceDefinition",
    "1.16",
    "1.22",
    "apiextensions.k8s.io/v1",
    "1.16",
    "v1 requires a structural schema per version (spec.versions[*].schema.openAPIV3Schema)"
  ],
  ["apiregistration.k8s.io/v1beta1", "APIService", "1.19", "1.22", "apiregistration.k8s.io/v1", "1.10"],
  ["authentication.k8s.io/v1beta1", "TokenReview", "1.19", "1.22", "authentication.k8s.io/v1", "1.6"],
  [
    "authorization.k8s.io/v1beta1",
    "LocalSubjectAccessReview SelfSubjectAccessReview SubjectAccessReview SelfSubjectRulesReview",
    "1.19",
    "1.22",
    "authorization.k8s.io/v1",
    "1.6"
  ],
  ["certificates.k8s.io/v1beta1", "CertificateSigningRequest", "1.19", "1.22", "certificates.k8s.io/v1", "1.19"],
  ["coordination.k8s.io/v1beta1", "Lease", "1.19", "1.22", "coordination.k8s.io/v1", "1.14"],
  [
    "extensions/v1beta1",
    "Ingress",
    "1.14",
    "1.22",
    "networking.k8s.io/v1",
    "1.19",
    "networking.k8s.io/v1 renames serviceName/servicePort to service.name/service.port and requires pathType"
  ],
  [
    "networking.k8s.io/v1beta1",
    "Ingress",
    "1.19",
    "1.22",
    "networking.k8s.io/v1",
    "1.19",
    "networking.k8s.io/v1 renames serviceName/servicePort to service.name/service.port and requires pathType"
  ],
  ["networking.k8s.io/v1beta1", "IngressClass", "1.19", "1.22", "networking.k8s.io/v1", "1.19"],
  [
    "rbac.authorization.k8s.io/v1beta1",
    "ClusterRole ClusterRoleBinding Role RoleBinding",
    "1.17",
    "1.22",
    "rbac.authorization.k8s.io/v1",
    "1.8"
  ],
  [
    "rbac.authorization.k8s.io/v1alpha1",
    "ClusterRole ClusterRoleBinding Role RoleBinding",
    "1.17",
    "1.22",
    "rbac.authorization.k8s.io/v1",
    "1.8"
  ],
  ["scheduling.k8s.io/v1beta1", "PriorityClass", "1.14", "1.22", "scheduling.k8s.io/v1", "1.14"],
  ["storage.k8s.io/v1beta1", "CSIDriver", "1.19", "1.22", "storage.k8s.io/v1", "1.18"],
  ["storage.k8s.io/v1beta1", "CSINode", "1.17", "1.22", "storage.k8s.io/v1", "1.17"],
  ["storage.k8s.io/v1beta1", "StorageClass", "1.19", "1.22", "storage.k8s.io/v1", "1.6"],
  ["storage.k8s.io/v1beta1", "VolumeAttachment", "1.19", "1.22", "storage.k8s.io/v1", "1.13"],
  // Removed in 1.25
  ["batch/v1beta1", "CronJob", "1.21", "1.25", "batch/v1", "1.21"],
  [
    "discovery.k8s.io/v1beta1",
    "EndpointSlice",
    "1.21",
    "1.25",
    "discovery.k8s.io/v1",
    "1.21",
    "discovery.k8s.io/v1 replaces topology with nodeName and zone"
  ],
  ["events.k8s.io/v1beta1", "Event", "1.19", "1.25", "events.k8s.io/v1", "1.19"],
  ["autoscaling/v2beta1", "HorizontalPodAutoscaler", "1.22", "1.25", "autoscaling/v2", "1.23"],
  [
    "policy/v1beta1",
    "PodDisruptionBudget",
    "1.21",
    "1.25",
    "policy/v1",
    "1.21",
    "in policy/v1 an empty spec.selector selects every pod in the namespace"
  ],
  [
    "policy/v1beta1",
    "PodSecurityPolicy",
    "1.21",
    "1.25",
    null,
    "1.25",
    "use Pod Security Admission (pod-security.kubernetes.io namespace labels) or a policy engine"
  ],
  ["node.k8s.io/v1beta1", "RuntimeClass", "1.20", "1.25", "node.k8s.io/v1", "1.20"],
  // Removed in 1.26
  [
    "flowcontrol.apiserver.k8s.io/v1beta1",
    "FlowSchema PriorityLevelConfiguration",
    "1.23",
    "1.26",
    "flowcontrol.apiserver.k8s.io/v1",
    "1.29",
    "use flowcontrol.apiserver.k8s.io/v1beta3 before 1.29"
  ],
  ["autoscaling/v2beta2", "HorizontalPodAutoscaler", "1.23", "1.26", "autoscaling/v2", "1.23"],
  // Removed in 1.27
  ["storage.k8s.io/v1beta1", "CSIStorageCapacity", "1.24", "1.27", "storage.k8s.io/v1", "1.24"],
  // Removed in 1.29
  [
    "flowcontrol.apiserver.k8s.io/v1beta2",
    "FlowSchema PriorityLevelConfiguration",
    "1.26",
    "1.29",
    "flowcontrol.apiserver.k8s.io/v1",
    "1.29"
  ],
  ["networking.k8s.io/v1alpha1", "ClusterCIDR", null, "1.29", null, "1.29", "the alpha multi-CIDR feature was dropped"],
  // Removed in 1.31
  ["networking.k8s.io/v1alpha1", "IPAddress ServiceCIDR", null, "1.31", "networking.k8s.io/v1", "1.33"],
  [
    "resource.k8s.io/v1alpha2",
    "ResourceClaim ResourceClaimTemplate ResourceSlice",
    null,
    "1.31",
    "resource.k8s.io/v1",
    "1.34",
    "dynamic resource allocation was redesigned around devices (structured parameters)"
  ],
  [
    "resource.k8s.io/v1alpha2",
    "ResourceClass",
    null,
    "1.31",
    "resource.k8s.io/v1/DeviceClass",
    "1.34",
    "dynamic resource allocation was redesigned around devices (structured parameters)"
  ],
  [
    "resource.k8s.io/v1alpha2",
    "PodSchedulingContext ResourceClaimParameters ResourceClassParameters",
    null,
    "1.31",
    null,
    "1.31",
    "dynamic resource allocation moved to structured parameters (resource.k8s.io/v1)"
  ],
  // Removed in 1.32
  [
    "flowcontrol.apiserver.k8s.io/v1beta3",
    "FlowSchema PriorityLevelConfiguration",
    "1.29",
    "1.32",
    "flowcontrol.apiserver.k8s.io/v1",
    "1.29"
  ],
  [
    "admissionregistration.k8s.io/v1alpha1",
    "ValidatingAdmissionPolicy ValidatingAdmissionPolicyBinding",
    null,
    "1.32",
    "admissionregistration.k8s.io/v1",
    "1.30"
  ],
  ["authentication.k8s.io/v1alpha1", "SelfSubjectReview", null, "1.32", "authentication.k8s.io/v1", "1.28"],
  ["coordination.k8s.io/v1alpha1", "LeaseCandidate", null, "1.32", "coordination.k8s.io/v1beta1", "1.33"],
  [
    "resource.k8s.io/v1alpha3",
    "PodSchedulingContext",
    null,
    "1.32",
    null,
    "1.32",
    "classic dynamic resource allocation was dropped for structured parameters (resource.k8s.io/v1)"
  ],
  // Removed in 1.33
  ["authentication.k8s.io/v1beta1", "SelfSubjectReview", "1.28", "1.33", "authentication.k8s.io/v1", "1.28"],
  // Removed in 1.34
  [
    "admissionregistration.k8s.io/v1beta1",
    "ValidatingAdmissionPolicy ValidatingAdmissionPolicyBinding",
    "1.30",
    "1.34",
    "admissionregistration.k8s.io/v1",
    "1.30"
  ],
  [
    "resource.k8s.io/v1alpha3",
    "DeviceClass ResourceClaim ResourceClaimTemplate ResourceSlice",
    null,
    "1.34",
    "resource.k8s.io/v1",
    "1.34"
  ],
  // Removed in 1.35 (no 1.35 schemas ship to confirm the exact release; all are gone in 1.36)
  ["certificates.k8s.io/v1alpha1", "PodCertificateRequest", null, "1.35", "certificates.k8s.io/v1beta1", "1.35"],
  ["storage.k8s.io/v1alpha1", "VolumeAttributesClass", null, "1.35", "storage.k8s.io/v1", "1.34"],
  ["storagemigration.k8s.io/v1alpha1", "StorageVersionMigration", null, "1.35", "storagemigration.k8s.io/v1beta1", "1.35"],
  // Deprecated, still served
  [
    "v1",
    "Endpoints",
    "1.33",
    null,
    "discovery.k8s.io/v1/EndpointSlice",
    "1.21",
    "Endpoints is still served; EndpointSlices are what kube-proxy and most controllers read"
  ],
  ["v1", "ComponentStatus", "1.19", null, null, "1.19", "query the components' health endpoints instead"],
  ["networking.k8s.io/v1beta1", "IPAddress ServiceCIDR", "1.33", null, "networking.k8s.io/v1", "1.33"],
  ["storage.k8s.io/v1beta1", "VolumeAttributesClass", "1.34", null, "storage.k8s.io/v1", "1.34"]
];
function expand(rows) {
  const out = [];
  for (const [apiVersion, kinds, deprecatedIn, removedIn, target, since, note] of rows) {
    for (const kind of kinds.split(" ")) {
      let replacement = null;
      if (target !== null) {
        const parts = target.split("/");
        const last = parts[parts.length - 1];
        replacement = /^[A-Z]/.test(last) ? { apiVersion: parts.slice(0, -1).join("/"), kind: last, since } : { apiVersion: target, since };
      }
      out.push({ apiVersion, kind, deprecatedIn, removedIn, replacement, ...note ? { note } : {} });
    }
  }
  return out.sort((a, b) => compareText(`${a.apiVersion}/${a.kind}`, `${b.apiVersion}/${b.kind}`));
}
var API_LIFECYCLE = expand(ROWS);
var BY_KEY = new Map(API_LIFECYCLE.map((entry) => [`${entry.apiVersion}/${entry.kind}`, entry]));
function lookupApiLifecycle(apiVersion, kind) {
  return BY_KEY.get(`${apiVersion}/${kind}`);
}
function isRemovedIn(entry, kubernetesVersion) {
  return entry.removedIn !== null && compareMinorVersions(kubernetesVersion, entry.removedIn) >= 0;
}
function isDeprecatedIn(entry, kubernetesVersion) {
  return entry.deprecatedIn !== null && compareMinorVersions(kubernetesVersion, entry.deprecatedIn) >= 0 && !isRemovedIn(entry, kubernetesVersion);
}
function formatReplacement(entry) {
  const r = entry.replacement;
  if (!r) return void 0;
  return r.kind && r.kind !== entry.kind ? `${r.apiVersion} ${r.kind}` : r.apiVersion;
}
function describeReplacement(entry) {
  const replacement = formatReplacement(entry);
  if (!replacement || !entry.replacement) {
    return { advice: ` without a replacement${entry.note ? `: ${entry.note}` : ""}` };
  }
  const note = entry.note ? ` (${entry.note})` : "";
  const fix = entry.replacement.kind && entry.replacement.kind !== entry.kind ? `migrate to ${replacement}` : `change apiVersion to "${entry.replacement.apiVersion}"`;
  return { advice: `; use ${replacement}${note}`, fix };
}
function compareMinorVersions(a, b) {
  const [am = 0, an = 0] = a.split(".").map(Number);
  const [bm = 0, bn = 0] = b.split(".").map(Number);
  return am - bm || an - bn;
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// rules/no-deprecated-api.ts
var no_deprecated_api_default = createRule({
  id: "no-deprecated-api",
  meta: {
    category: "correctness",
    severity: "warning",
    summary: "The apiVersion should not be deprecated in the target Kubernetes version.",
    rationale: "A deprecated apiVersion still works but will be removed in a later release; manifests that keep it break on the upgrade that removes it. Migrating while both versions are served is the safe path.",
    fix: "change apiVersion to the replacement while the target version serves both",
    messages: {
      deprecated: "{{apiVersion}} {{kind}} is deprecated since Kubernetes {{deprecatedIn}}{{removal}}{{advice}}"
    },
    defaultOptions: {}
  },
  check({ resource, kubernetesVersion, report }) {
    const entry = lookupApiLifecycle(resource.apiVersion, resource.kind);
    if (!entry || !isDeprecatedIn(entry, kubernetesVersion)) return;
    const { advice, fix } = describeReplacement(entry);
    report({
      messageId: "deprecated",
      data: {
        apiVersion: resource.apiVersion,
        kind: resource.kind,
        deprecatedIn: entry.deprecatedIn,
        removal: entry.removedIn ? ` and removed in ${entry.removedIn}` : "",
        advice
      },
      path: ["apiVersion"],
      ...fix ? { fix } : {}
    });
  }
});

// rules/no-deprecated-service-account-field.ts
var no_deprecated_service_account_field_default = createRule({
  id: "no-deprecated-service-account-field",
  meta: {
    category: "best-practice",
    severity: "warning",
    summary: "Pods must name their ServiceAccount with serviceAccountName, not the deprecated serviceAccount.",
    rationale: "spec.serviceAccount is a deprecated alias kept for old clients. It is used only when serviceAccountName is empty, so a manifest that sets both, with different values, runs under serviceAccountName and silently ignores the other. Tools and policies read serviceAccountName.",
    fix: "rename serviceAccount to serviceAccountName",
    messages: {
      deprecated: "spec.serviceAccount is deprecated: write serviceAccountName: {{name}}",
      redundant: "spec.serviceAccount is deprecated and repeats serviceAccountName: remove it",
      ignored: 'spec.serviceAccount "{{name}}" is ignored: the pods run as serviceAccountName "{{actual}}"'
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    const old = template.spec.serviceAccount;
    if (typeof old !== "string" || old === "") return;
    const path = [...template.specPath, "serviceAccount"];
    const current = template.spec.serviceAccountName;
    if (typeof current !== "string" || current === "") {
      report({ messageId: "deprecated", data: { name: old }, path, target: "key" });
    } else if (current === old) {
      report({ messageId: "redundant", path, target: "key", fix: "remove spec.serviceAccount" });
    } else {
      report({ messageId: "ignored", data: { name: old, actual: current }, path, fix: "remove spec.serviceAccount, keeping the ServiceAccount you mean in serviceAccountName" });
    }
  }
});

// rules/no-duplicate-container-port.ts
var no_duplicate_container_port_default = createRule({
  id: "no-duplicate-container-port",
  meta: {
    category: "correctness",
    severity: "error",
    summary: "A pod must not declare the same container port or port name twice.",
    rationale: "The API server rejects two ports with the same name in one container. Across the containers of a pod it accepts them, but the containers share one network namespace: only one process can listen on a port, and a Service targetPort that names a port resolves to the first container that declares it. Those cases are reported as warnings.",
    fix: "give each port its own number and name, or remove the duplicate entry",
    messages: {
      nameInContainer: 'container "{{container}}" declares the port name "{{name}}" twice (ports[{{first}}] and ports[{{second}}])',
      nameInPod: 'port name "{{name}}" is declared by containers "{{other}}" and "{{container}}": a Service targetPort "{{name}}" resolves to the first',
      portInContainer: 'container "{{container}}" declares port {{port}}/{{protocol}} twice (ports[{{first}}] and ports[{{second}}])',
      portInPod: 'port {{port}}/{{protocol}} is declared by containers "{{other}}" and "{{container}}": they share the pod network, so only one can listen on it'
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    const podNames = /* @__PURE__ */ new Map();
    const podPorts = /* @__PURE__ */ new Map();
    for (const c of containersOf(template)) {
      const running = c.group === "containers" || c.sidecar;
      const names2 = /* @__PURE__ */ new Map();
      portsOf(c).forEach((p, index) => {
        if (p.name !== void 0 && p.name !== "") {
          const first = names2.get(p.name);
          if (first !== void 0) {
            report({ messageId: "nameInContainer", data: { container: c.name, name: p.name, first, second: index }, path: [...p.path, "name"] });
          } else {
            names2.set(p.name, index);
            const other = running ? podNames.get(p.name) : void 0;
            if (other) {
              report({
                messageId: "nameInPod",
                data: { name: p.name, other: other.c.name, container: c.name },
                path: [...p.path, "name"],
                severity: "warning"
              });
            } else if (running) podNames.set(p.name, { c, p, index });
          }
        }
        if (!running || p.containerPort === void 0) return;
        const key = `${p.containerPort}/${p.protocol}`;
        const previous = podPorts.get(key) ?? [];
        const clash = previous.find((e) => e.c !== c || sameBinding(e.p, p) && !distinctNames(e.p, p));
        if (clash) {
          const data = { container: c.name, port: p.containerPort, protocol: p.protocol };
          const path = [...p.path, "containerPort"];
          if (clash.c === c) {
            report({ messageId: "portInContainer", data: { ...data, first: clash.index, second: index }, path, severity: "warning" });
          } else {
            report({ messageId: "portInPod", data: { ...data, other: clash.c.name }, path, severity: "warning" });
          }
        }
        previous.push({ c, p, index });
        podPorts.set(key, previous);
      });
    }
  }
});
function sameBinding(a, b) {
  const ha = a.hostPort ?? 0;
  const hb = b.hostPort ?? 0;
  return ha === 0 || hb === 0 || ha === hb && (a.port.hostIP ?? "") === (b.port.hostIP ?? "");
}
function distinctNames(a, b) {
  return a.name !== void 0 && a.name !== "" && b.name !== void 0 && b.name !== "" && a.name !== b.name;
}

// rules/no-duplicate-env.ts
var no_duplicate_env_default = createRule({
  id: "no-duplicate-env",
  meta: {
    category: "correctness",
    severity: "warning",
    summary: "A container must not define the same environment variable twice.",
    rationale: "The API server accepts duplicate names in a container's env list and the kubelet keeps the last one, so the first definition is silently dead. It usually comes from a merge (kustomize patch, Helm values) and whoever edits the first entry sees no effect.",
    fix: "remove one of the two definitions, keeping the value you mean",
    messages: {
      duplicate: 'container "{{container}}" sets env var "{{name}}" twice (env[{{first}}] and env[{{second}}]); the last one wins'
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    for (const c of containersOf(template, ["containers", "initContainers", "ephemeralContainers"])) {
      const seen = /* @__PURE__ */ new Map();
      asArray(c.container.env).forEach((env, i) => {
        if (!isObject(env) || typeof env.name !== "string") return;
        const first = seen.get(env.name);
        if (first === void 0) {
          seen.set(env.name, i);
          return;
        }
        report({
          messageId: "duplicate",
          data: { container: c.name, name: env.name, first, second: i },
          path: [...c.path, "env", i, "name"]
        });
      });
    }
  }
});

// rules/no-duplicate-object.ts
var positions = /* @__PURE__ */ new WeakMap();
function positionsOf(index) {
  let map = positions.get(index);
  if (!map) {
    map = new Map(index.resources.map((r, i) => [r, i]));
    positions.set(index, map);
  }
  return map;
}
var no_duplicate_object_default = createRule({
  id: "no-duplicate-object",
  meta: {
    category: "correctness",
    severity: "error",
    summary: "Each object (group, kind, namespace, name) is defined once in the input.",
    rationale: "When the same object is defined twice, kubectl apply applies both in turn and the last one wins, silently discarding the other; Helm and Argo CD refuse the manifest set. It is almost always a copy and paste left behind, or a namespace forgotten on one of two copies.",
    fix: "remove one of the definitions, or give it another name or namespace",
    messages: {
      duplicate: "{{object}} is already defined {{where}}"
    },
    defaultOptions: {}
  },
  check({ resource, index, report }) {
    if (resource.name === "") return;
    const same = index.sameIdentity(resource);
    if (same.length === 0) return;
    const order = positionsOf(index);
    const mine = order.get(resource);
    let first;
    let firstAt = mine;
    for (const other of same) {
      const at = order.get(other);
      if (at !== void 0 && at < firstAt) {
        first = other;
        firstAt = at;
      }
    }
    if (!first) return;
    report({
      messageId: "duplicate",
      data: { object: formatRef(resource.ref), where: first.file === resource.file ? "earlier in this file" : `in ${first.file}` },
      path: ["metadata", "name"],
      related: [{ resource: first, path: ["metadata", "name"], message: `first definition of ${formatRef(first.ref)}` }]
    });
  }
});

// rules/no-host-ipc.ts
var no_host_ipc_default = createRule({
  id: "no-host-ipc",
  meta: {
    category: "security",
    severity: "warning",
    summary: "Pods must not share the node's IPC namespace (hostIPC).",
    rationale: "With hostIPC: true the containers can read and write the shared memory segments and message queues of every process of the node. Pod Security Standards (baseline) forbid it.",
    fix: "remove spec.hostIPC (or set it to false)",
    messages: {
      hostIpc: `{{kind}} "{{name}}" shares the node's IPC namespace (hostIPC: true)`
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (template?.spec.hostIPC !== true) return;
    report({ messageId: "hostIpc", data: { kind: resource.kind, name: resource.name }, path: [...template.specPath, "hostIPC"] });
  }
});

// rules/no-host-network.ts
var no_host_network_default = createRule({
  id: "no-host-network",
  meta: {
    category: "security",
    severity: "warning",
    summary: "Pods must not use the node's network namespace (hostNetwork).",
    rationale: "With hostNetwork: true the pod sees every network interface of the node, can bind any of the node's ports, reaches services that listen only on the node (the kubelet, metadata proxies) and escapes NetworkPolicy. Pod Security Standards (baseline) forbid it.",
    fix: "remove spec.hostNetwork (or set it to false) and expose the pod through a Service",
    messages: {
      hostNetwork: `{{kind}} "{{name}}" uses the node's network namespace (hostNetwork: true)`
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (template?.spec.hostNetwork !== true) return;
    report({ messageId: "hostNetwork", data: { kind: resource.kind, name: resource.name }, path: [...template.specPath, "hostNetwork"] });
  }
});

// rules/no-host-pid.ts
var no_host_pid_default = createRule({
  id: "no-host-pid",
  meta: {
    category: "security",
    severity: "warning",
    summary: "Pods must not share the node's process ID namespace (hostPID).",
    rationale: "With hostPID: true the containers see every process of the node, can read their environment and command lines through /proc and, as root, signal or trace them. Pod Security Standards (baseline) forbid it.",
    fix: "remove spec.hostPID (or set it to false); use shareProcessNamespace to share processes between the pod's own containers",
    messages: {
      hostPid: `{{kind}} "{{name}}" shares the node's process namespace (hostPID: true)`
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (template?.spec.hostPID !== true) return;
    report({ messageId: "hostPid", data: { kind: resource.kind, name: resource.name }, path: [...template.specPath, "hostPID"] });
  }
});

// src/resources/host-ports.ts
function hostPortsOf(template) {
  const hostNetwork = template.spec.hostNetwork === true;
  const out = [];
  for (const c of containersOf(template)) {
    if (c.group === "initContainers" && !c.sidecar) continue;
    for (const p of portsOf(c)) {
      const explicit = p.hostPort !== void 0 && p.hostPort > 0 ? p.hostPort : void 0;
      const hostPort = explicit ?? (hostNetwork ? p.containerPort : void 0);
      if (hostPort === void 0 || hostPort <= 0) continue;
      out.push({
        hostPort,
        protocol: p.protocol,
        hostIP: typeof p.port.hostIP === "string" && p.port.hostIP !== "0.0.0.0" ? p.port.hostIP : "",
        path: p.path,
        field: explicit !== void 0 ? "hostPort" : "containerPort",
        container: c.name
      });
    }
  }
  return out;
}
function hostPortsConflict(a, b) {
  return a.hostPort === b.hostPort && a.protocol === b.protocol && (a.hostIP === "" || b.hostIP === "" || a.hostIP === b.hostIP);
}

// rules/no-host-port-conflict.ts
var RUNNING_KINDS = POD_SPEC_KINDS.filter((k) => k !== "PodTemplate");
var cache = /* @__PURE__ */ new WeakMap();
var no_host_port_conflict_default = createRule({
  id: "no-host-port-conflict",
  meta: {
    category: "correctness",
    severity: "error",
    summary: "Pods that must share a node must not ask for the same hostPort.",
    rationale: 'A hostPort binds a port on the node: two pods asking for the same port, protocol and overlapping host IP cannot run on the same node. Within one pod the API server rejects it. Across objects it is certain when one of them is a DaemonSet without node selection (it has a pod on every node) or both are pinned to the same nodeName: one of the two stays Pending ("didn\'t have free ports for the requested pod ports"). hostNetwork pods take their containerPorts as host ports. Replicas of one workload competing for ports are for `kubeplan plan`, which knows the nodes.',
    fix: "use a different hostPort, drop the hostPort (expose the pod through a Service), or keep the two apart with node selection",
    messages: {
      inPod: '{{field}} {{port}}/{{protocol}} is taken twice in this pod (containers "{{other}}" and "{{container}}")',
      withEveryNode: "{{field}} {{port}}/{{protocol}} is also taken by {{other}}, which runs on every node: the two can never share a node",
      fromEveryNode: "{{field}} {{port}}/{{protocol}} is also taken by {{other}}, and this DaemonSet runs on every node: the two can never share a node",
      sameNode: '{{field}} {{port}}/{{protocol}} is also taken by {{other}}, pinned to the same node "{{node}}"'
    },
    defaultOptions: {},
    kinds: RUNNING_KINDS
  },
  check({ resource, index, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    const own = hostPortsOf(template);
    if (own.length === 0) return;
    const self = holderTraits(resource, template);
    const holders = holdersOf(index);
    const reported = [];
    own.forEach((port, i) => {
      const fieldName = port.field === "hostPort" ? "hostPort" : "hostNetwork port";
      const data = { field: fieldName, port: port.hostPort, protocol: port.protocol, container: port.container };
      const path = [...port.path, port.field];
      const twin = own.slice(0, i).find((other2) => hostPortsConflict(other2, port));
      if (twin) {
        report({ messageId: "inPod", data: { ...data, other: twin.container }, path });
        return;
      }
      if (reported.some((r) => hostPortsConflict(r, port))) return;
      const others = /* @__PURE__ */ new Map();
      for (const h of holders.get(port.hostPort) ?? []) {
        if (h.resource === resource || others.has(h.resource) || !hostPortsConflict(h.port, port)) continue;
        if (self.everyNode || h.everyNode || self.nodeName !== void 0 && self.nodeName === h.nodeName) others.set(h.resource, h);
      }
      if (others.size === 0) return;
      reported.push(port);
      const sorted = [...others.values()].sort((a, b) => a.resource.key < b.resource.key ? -1 : a.resource.key > b.resource.key ? 1 : 0);
      const first = sorted[0];
      const more = sorted.length > 1 ? ` (and ${sorted.length - 1} more)` : "";
      const other = `${formatRef(first.resource.ref)}${more}`;
      const related2 = sorted.slice(0, 5).map((h) => ({
        resource: h.resource,
        path: [...h.port.path, h.port.field],
        message: `${formatRef(h.resource.ref)} takes ${h.port.hostPort}/${h.port.protocol}`
      }));
      const messageId = first.everyNode ? "withEveryNode" : self.everyNode ? "fromEveryNode" : "sameNode";
      report({ messageId, data: { ...data, other, node: self.nodeName ?? "" }, path, related: related2 });
    });
  }
});
function holderTraits(resource, template) {
  const spec = template.spec;
  const selector = isObject(spec.nodeSelector) && Object.keys(spec.nodeSelector).length > 0;
  const affinity = isObject(spec.affinity) && isObject(spec.affinity.nodeAffinity) && spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution != null;
  const nodeName = typeof spec.nodeName === "string" && spec.nodeName !== "" ? spec.nodeName : void 0;
  return { everyNode: resource.kind === "DaemonSet" && !selector && !affinity && nodeName === void 0, nodeName };
}
function holdersOf(index) {
  let byPort = cache.get(index);
  if (byPort) return byPort;
  byPort = /* @__PURE__ */ new Map();
  for (const kind of RUNNING_KINDS) {
    for (const resource of index.byKind(kind)) {
      const template = podTemplateOf(resource);
      if (!template) continue;
      const ports = hostPortsOf(template);
      if (ports.length === 0) continue;
      const traits = holderTraits(resource, template);
      for (const port of ports) {
        const list = byPort.get(port.hostPort);
        const holder = { resource, port, ...traits };
        if (list) list.push(holder);
        else byPort.set(port.hostPort, [holder]);
      }
    }
  }
  cache.set(index, byPort);
  return byPort;
}

// src/resources/image-ref.ts
function parseImageRef(image) {
  let rest = image.trim();
  let digest = null;
  const at = rest.indexOf("@");
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag = null;
  const lastSlash = rest.lastIndexOf("/");
  const colon = rest.indexOf(":", lastSlash + 1);
  if (colon !== -1) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  let registry = null;
  const firstSlash = rest.indexOf("/");
  if (firstSlash !== -1) {
    const first = rest.slice(0, firstSlash);
    if (first.includes(".") || first.includes(":") || first === "localhost" || first !== first.toLowerCase()) {
      registry = first;
      rest = rest.slice(firstSlash + 1);
    }
  }
  return { registry, repository: rest, tag, digest };
}
function isMutableImage(ref, mutableTags = ["latest"]) {
  if (ref.digest !== null && ref.digest !== "") return false;
  return ref.tag === null || ref.tag === "" || mutableTags.includes(ref.tag);
}

// rules/no-latest-tag.ts
var no_latest_tag_default = createRule({
  id: "no-latest-tag",
  meta: {
    category: "best-practice",
    severity: "warning",
    summary: "Container images must be pinned to a version tag or digest, not `:latest` or no tag at all.",
    rationale: "An image without a tag means `:latest`. The tag moves, so two nodes may run different code under the same manifest, a rollback re-pulls the new image, and nothing in the manifest changes when the code does, so no rollout happens. A digest (`@sha256:…`) pins the image whatever the tag says.",
    fix: "pin the image to a version tag (nginx:1.27.3) or a digest (nginx@sha256:…)",
    messages: {
      noTag: 'container "{{container}}" uses image "{{image}}" without a tag, which pulls :latest',
      mutableTag: 'container "{{container}}" uses image "{{image}}" with the mutable tag ":{{tag}}"'
    },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: {
        mutableTags: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: true }
      }
    },
    defaultOptions: { mutableTags: ["latest"] },
    kinds: POD_SPEC_KINDS
  },
  check({ resource, options, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    for (const c of containersOf(template, ["containers", "initContainers", "ephemeralContainers"])) {
      const image = c.container.image;
      if (typeof image !== "string" || image.trim() === "") continue;
      const ref = parseImageRef(image);
      if (!isMutableImage(ref, options.mutableTags)) continue;
      const path = [...c.path, "image"];
      if (ref.tag === null || ref.tag === "") report({ messageId: "noTag", data: { container: c.name, image }, path });
      else report({ messageId: "mutableTag", data: { container: c.name, image, tag: ref.tag }, path });
    }
  }
});

// rules/no-privilege-escalation.ts
var no_privilege_escalation_default = createRule({
  id: "no-privilege-escalation",
  meta: {
    category: "security",
    severity: "warning",
    summary: "Containers must set allowPrivilegeEscalation: false.",
    rationale: "Unless allowPrivilegeEscalation is false, the container runs without the no_new_privs flag: a setuid binary or file capability lets a process gain more privileges than its parent had. A privileged container or one with CAP_SYS_ADMIN can always escalate. Pod Security Standards (restricted) require allowPrivilegeEscalation: false.",
    fix: "set securityContext.allowPrivilegeEscalation: false on the container",
    messages: {
      allowed: 'container "{{container}}" sets allowPrivilegeEscalation: true',
      privileged: 'container "{{container}}" is privileged, which always allows privilege escalation',
      sysAdmin: 'container "{{container}}" adds SYS_ADMIN, which allows privilege escalation',
      notDisabled: 'container "{{container}}" does not set allowPrivilegeEscalation: false'
    },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: {
        allowUnset: {
          type: "boolean",
          description: "Report only explicit escalation (true, privileged, SYS_ADMIN), not a missing setting (as kube-linter does)."
        }
      }
    },
    defaultOptions: { allowUnset: false },
    kinds: POD_SPEC_KINDS
  },
  check({ resource, options, report }) {
    const template = podTemplateOf(resource);
    if (!template || isWindowsPod(template)) return;
    for (const c of buildSecurityContexts(template)) {
      const data = { container: c.container.name };
      const allow = c.context.allowPrivilegeEscalation;
      const sysAdmin = c.capabilitiesAdded.find((cap) => cap.name === "SYS_ADMIN");
      if (allow === true) report({ messageId: "allowed", data, path: c.reportPath("allowPrivilegeEscalation") });
      else if (c.context.privileged === true) {
        report({ messageId: "privileged", data, path: c.reportPath("privileged"), fix: "remove privileged: true, then set allowPrivilegeEscalation: false" });
      } else if (sysAdmin) {
        report({ messageId: "sysAdmin", data, path: sysAdmin.path, fix: "remove SYS_ADMIN from capabilities.add, then set allowPrivilegeEscalation: false" });
      } else if (allow !== false && !options.allowUnset) {
        report({ messageId: "notDisabled", data, path: c.reportPath("allowPrivilegeEscalation") });
      }
    }
  }
});

// rules/no-privileged-container.ts
var no_privileged_container_default = createRule({
  id: "no-privileged-container",
  meta: {
    category: "security",
    severity: "warning",
    summary: "Containers must not run privileged.",
    rationale: "A privileged container gets every Linux capability and every host device, and runs without seccomp, AppArmor or SELinux confinement: a process in it is root on the node. A Windows HostProcess container is the same on Windows nodes. Pod Security Standards (baseline) forbid both.",
    fix: "remove securityContext.privileged (or windowsOptions.hostProcess), and add only the capabilities the container needs",
    messages: {
      privileged: 'container "{{container}}" is privileged: it has full access to the node',
      hostProcess: 'container "{{container}}" is a Windows HostProcess container: it runs on the node with full access',
      podHostProcess: '{{kind}} "{{name}}" runs Windows HostProcess containers: they run on the node with full access'
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    const podHostProcess = asObject(asObject(template.spec.securityContext).windowsOptions).hostProcess === true;
    if (podHostProcess) {
      report({
        messageId: "podHostProcess",
        data: { kind: resource.kind, name: resource.name },
        path: [...template.specPath, "securityContext", "windowsOptions", "hostProcess"]
      });
    }
    for (const c of buildSecurityContexts(template)) {
      const data = { container: c.container.name };
      if (c.context.privileged === true) report({ messageId: "privileged", data, path: c.reportPath("privileged") });
      if (!podHostProcess && asObject(c.context.windowsOptions).hostProcess === true) {
        report({ messageId: "hostProcess", data, path: c.reportPath("windowsOptions", "hostProcess") });
      }
    }
  }
});

// rules/no-privileged-ports.ts
var no_privileged_ports_default = createRule({
  id: "no-privileged-ports",
  meta: {
    category: "security",
    severity: "warning",
    summary: "Containers should not listen on privileged ports (below 1024).",
    rationale: "Binding a port below 1024 traditionally needs root or the NET_BIND_SERVICE capability, so an image that listens on 80 or 443 tends to run with more privileges than it needs. Listening on a high port and mapping it in the Service (port: 80, targetPort: 8080) needs none.",
    fix: "make the program listen on a port of 1024 or above and keep the low port on the Service (port: 80, targetPort: 8080)",
    messages: {
      privilegedPort: 'container "{{container}}" listens on privileged port {{port}} (below 1024)'
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
    optIn: true
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    for (const container of containersOf(template)) {
      for (const port of portsOf(container)) {
        if (port.containerPort !== void 0 && port.containerPort > 0 && port.containerPort < 1024) {
          report({
            messageId: "privilegedPort",
            data: { container: container.name, port: port.containerPort },
            path: [...port.path, "containerPort"]
          });
        }
      }
    }
  }
});

// rules/no-removed-api.ts
var no_removed_api_default = createRule({
  id: "no-removed-api",
  meta: {
    category: "correctness",
    severity: "error",
    summary: "The apiVersion must still be served by the target Kubernetes version.",
    rationale: 'An apiVersion that Kubernetes removed is refused by the API server ("no matches for kind"), so the object can never be applied. Removals since 1.16 are known with their replacement: extensions/v1beta1 Deployment (1.16, apps/v1), extensions/v1beta1 Ingress (1.22, networking.k8s.io/v1), batch/v1beta1 CronJob (1.25, batch/v1), policy/v1beta1 PodSecurityPolicy (1.25, no replacement), and more.',
    fix: "change apiVersion to the replacement, and adapt the fields that changed with it",
    messages: {
      removed: "{{apiVersion}} {{kind}} is not served by Kubernetes {{version}}: it was removed in {{removedIn}}{{advice}}"
    },
    defaultOptions: {}
  },
  check({ resource, kubernetesVersion, report }) {
    const entry = lookupApiLifecycle(resource.apiVersion, resource.kind);
    if (!entry || !isRemovedIn(entry, kubernetesVersion)) return;
    const { advice, fix } = describeReplacement(entry);
    report({
      messageId: "removed",
      data: { apiVersion: resource.apiVersion, kind: resource.kind, version: kubernetesVersion, removedIn: entry.removedIn, advice },
      path: ["apiVersion"],
      ...fix ? { fix } : {}
    });
  }
});

// rules/no-secret-access-rbac.ts
var BUILTIN_SECRET_ACCESS = /* @__PURE__ */ new Map([
  ["cluster-admin", "every verb"],
  ["admin", "get, list, watch, create, update, patch, delete, deletecollection"],
  ["edit", "get, list, watch, create, update, patch, delete, deletecollection"]
]);
var no_secret_access_rbac_default = createRule({
  id: "no-secret-access-rbac",
  meta: {
    category: "security",
    severity: "warning",
    summary: "Bindings should not give subjects access to all Secrets of a namespace or of the cluster.",
    rationale: "Reading Secrets reveals every password, key and ServiceAccount token stored in them; creating Secrets can mint tokens for other ServiceAccounts. Access to Secrets should be limited to named Secrets (resourceNames) and to the few subjects that need it. (CIS Kubernetes Benchmark 5.1.2.)",
    fix: "remove secrets from the role, or limit the rule to the Secrets the subject needs with resourceNames",
    messages: {
      secretAccess: '{{kind}} "{{name}}" gives {{subjects}} {{verbs}} on Secrets{{scope}} through {{role}}'
    },
    defaultOptions: {},
    kinds: ["RoleBinding", "ClusterRoleBinding"],
    optIn: true
  },
  check({ resource, index, report }) {
    const ref = roleRefOf(resource);
    if (!ref) return;
    const roleNamespace = ref.kind === "Role" ? resource.namespace : null;
    const role = index.get(ref.kind, roleNamespace, ref.name);
    let verbs;
    let related2;
    if (role) {
      const rules = policyRulesOf(role.object).filter(
        (r) => ruleCovers(r, "", "secrets") && r.verbs.length > 0 && r.resourceNames.length === 0
      );
      if (rules.length === 0) return;
      const all = rules.flatMap((r) => r.verbs);
      verbs = all.includes("*") ? "every verb" : [...new Set(all)].join(", ");
      related2 = [{ resource: role, path: [...rules[0].path, "resources"], message: `${ref.kind} "${ref.name}" grants ${verbs} on Secrets` }];
    } else if (ref.kind === "ClusterRole") {
      verbs = BUILTIN_SECRET_ACCESS.get(ref.name);
    }
    if (!verbs) return;
    report({
      messageId: "secretAccess",
      data: {
        kind: resource.kind,
        name: resource.name,
        subjects: formatSubjects(resource),
        verbs,
        scope: resource.kind === "RoleBinding" ? ` in namespace "${resource.namespace}"` : " in every namespace",
        role: `${ref.kind} "${ref.name}"`
      },
      path: ["roleRef", "name"],
      related: related2
    });
  }
});

// rules/no-secrets-in-env.ts
var SECRET_WORDS = /* @__PURE__ */ new Set([
  "secret",
  "secrets",
  "token",
  "tokens",
  "password",
  "passwords",
  "passwd",
  "passphrase",
  "credential",
  "credentials",
  "creds",
  "apikey",
  "apikeys",
  "privatekey",
  "accesskey",
  "secretkey",
  "signingkey",
  "encryptionkey",
  "masterkey",
  "salt"
]);
var KEY_QUALIFIERS = /* @__PURE__ */ new Set([
  "api",
  "private",
  "access",
  "secret",
  "signing",
  "encryption",
  "master",
  "license",
  "client",
  "auth",
  "session",
  "hmac",
  "ssh",
  "gpg",
  "pgp",
  "webhook",
  "jwt",
  "nonce",
  "app"
]);
var NOT_SECRET_LAST_WORDS = /* @__PURE__ */ new Set([
  "url",
  "uri",
  "urls",
  "endpoint",
  "host",
  "hostname",
  "port",
  "path",
  "file",
  "filename",
  "dir",
  "directory",
  "name",
  "names",
  "id",
  "ids",
  "ref",
  "type",
  "kind",
  "format",
  "mode",
  "enabled",
  "enable",
  "disabled",
  "disable",
  "required",
  "location",
  "mount",
  "version",
  "size",
  "length",
  "len",
  "policy",
  "algorithm",
  "algo",
  "header",
  "field",
  "prefix",
  "audience",
  "issuer",
  "scope",
  "scopes",
  "provider",
  "ttl",
  "expiry",
  "expires",
  "expiration",
  "timeout",
  "lifetime",
  "duration",
  "interval",
  "period",
  "seconds",
  "secs",
  "sec",
  "ms",
  "millis",
  "minutes",
  "mins",
  "hours",
  "days",
  "count",
  "limit",
  "rounds",
  "store",
  "namespace",
  "region",
  "user",
  "username",
  "owner"
]);
var CREDENTIAL_VALUES = [
  { what: "a private key", pattern: /-----BEGIN [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----/ },
  { what: "an AWS access key id", pattern: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/ },
  { what: "a GitHub token", pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})\b/ },
  { what: "a GitLab token", pattern: /\bglpat-[A-Za-z0-9_-]{20,}/ },
  { what: "a Slack token", pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/ },
  { what: "a Google API key", pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { what: "a Stripe secret key", pattern: /\b[sr]k_live_[0-9A-Za-z]{16,}/ },
  { what: "a JSON Web Token", pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/ },
  { what: "a URL with an embedded password", pattern: /^[a-z][a-z0-9+.-]*:\/\/[^/\s:@]*:(?!\$[({])[^/\s@]+@/i },
  { what: "a connection string with a password", pattern: /(?:^|;)\s*(?:password|pwd|accountkey|sharedaccesskey)\s*=\s*(?!\$[({])[^;\s]/i }
];
var HARMLESS_VALUE = /^(?:true|false|yes|no|on|off|0|1|\/\S*)$/i;
var VAR_REFERENCE = /\$\([A-Za-z_][A-Za-z0-9_.-]*\)|\$\{[A-Za-z_][A-Za-z0-9_.-]*\}/g;
var WORDS = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g;
var no_secrets_in_env_default = createRule({
  id: "no-secrets-in-env",
  meta: {
    category: "security",
    severity: "warning",
    summary: "Secrets must not be written as literal environment variable values.",
    rationale: "A literal value in a manifest ends up in version control, in CI logs, in `kubectl get -o yaml` for everyone who may read the workload, and in the last-applied annotation. Secrets belong in a Secret, referenced with secretKeyRef or mounted as a file.",
    fix: "move the value into a Secret and reference it with valueFrom.secretKeyRef (or mount the Secret as a file), then rotate it",
    messages: {
      secretName: 'container "{{container}}" sets env "{{name}}" to a literal value; the name says it is a secret',
      credentialValue: 'container "{{container}}" sets env "{{name}}" to what looks like {{what}}'
    },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: {
        allowedNames: {
          type: "array",
          items: { type: "string", minLength: 1 },
          description: "Variable names never to report by name (compared case-insensitively); credential-looking values are still reported."
        }
      }
    },
    defaultOptions: { allowedNames: [] },
    kinds: POD_SPEC_KINDS
  },
  check({ resource, options, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    for (const c of containersOf(template, ALL_CONTAINER_GROUPS)) {
      asArray(c.container.env).forEach((env, i) => {
        if (!isObject(env) || typeof env.name !== "string") return;
        const name = env.name;
        const raw = env.value;
        if (typeof raw !== "string" && typeof raw !== "number") return;
        const value = String(raw).trim();
        if (value === "") return;
        const path = [...c.path, "env", i, "value"];
        const data = { container: c.name, name };
        const credential = CREDENTIAL_VALUES.find((p) => p.pattern.test(value));
        if (credential) {
          report({ messageId: "credentialValue", data: { ...data, what: credential.what }, path, sensitive: true });
          return;
        }
        if (isHarmless(value) || !looksLikeSecretName(name)) return;
        if (options.allowedNames.some((n) => n.toLowerCase() === name.toLowerCase())) return;
        report({ messageId: "secretName", data, path, sensitive: true });
      });
    }
  }
});
function isHarmless(value) {
  return HARMLESS_VALUE.test(value) || !/[A-Za-z0-9]/.test(value.replace(VAR_REFERENCE, ""));
}
function looksLikeSecretName(name) {
  const words = [];
  for (const part of name.split(/[^A-Za-z0-9]+/)) for (const w of part.match(WORDS) ?? []) words.push(w.toLowerCase());
  if (words.length === 0 || NOT_SECRET_LAST_WORDS.has(words[words.length - 1])) return false;
  return words.some((w, i) => {
    if (SECRET_WORDS.has(w)) return true;
    if (w.includes("password") || w.includes("passwd") || w.endsWith("token") || w.endsWith("secret")) return true;
    if (w === "key") return i > 0 && KEY_QUALIFIERS.has(words[i - 1]);
    return (w === "pwd" || w === "pass") && i === words.length - 1 && i > 0;
  });
}

// rules/no-sensitive-host-mounts.ts
var SENSITIVE = [
  { path: "/", below: false, what: "the node's whole filesystem" },
  { path: "/bin", below: false, what: "the node's programs" },
  { path: "/sbin", below: false, what: "the node's programs" },
  { path: "/usr", below: false, what: "the node's programs and libraries" },
  { path: "/lib", below: false, what: "the node's libraries" },
  { path: "/lib64", below: false, what: "the node's libraries" },
  { path: "/boot", below: true, what: "the node's kernel and boot loader" },
  { path: "/dev", below: false, what: "the node's devices" },
  { path: "/etc", below: false, what: "the node's configuration" },
  { path: "/etc/kubernetes", below: true, what: "the node's Kubernetes credentials" },
  { path: "/etc/shadow", below: false, what: "the node's password hashes" },
  { path: "/etc/sudoers", below: false, what: "the node's sudo configuration" },
  { path: "/etc/sudoers.d", below: true, what: "the node's sudo configuration" },
  { path: "/etc/ssh", below: true, what: "the node's SSH keys and configuration" },
  { path: "/proc", below: true, what: "the node's processes and kernel settings" },
  { path: "/sys", below: false, what: "the node's kernel and device settings" },
  { path: "/root", below: true, what: "the node's root home directory" },
  { path: "/var/run", below: false, what: "the node's runtime sockets" },
  { path: "/run", below: false, what: "the node's runtime sockets" },
  { path: "/var/lib/kubelet", below: false, what: "the kubelet's state, every pod's secrets included" },
  { path: "/var/lib/kubelet/pods", below: true, what: "every pod's volumes, secrets included" },
  { path: "/var/lib/kubelet/pki", below: true, what: "the kubelet's credentials" },
  { path: "/var/lib/docker", below: true, what: "every container's filesystem" },
  { path: "/var/lib/docker/containers", below: true, what: "every container's configuration, environment variables included" },
  { path: "/var/lib/containerd", below: true, what: "every container's filesystem" },
  { path: "/var/lib/etcd", below: true, what: "etcd's data, every Secret of the cluster" },
  { path: "/run/containerd", below: true, what: "containerd's sockets" },
  { path: "/var/run/containerd", below: true, what: "containerd's sockets" },
  { path: "/run/crio", below: true, what: "CRI-O's sockets" },
  { path: "/var/run/crio", below: true, what: "CRI-O's sockets" }
];
var RUNTIME_SOCKET = /(^|\/)(docker|dockershim|cri-dockerd|containerd|crio|podman)\.sock$/;
var no_sensitive_host_mounts_default = createRule({
  id: "no-sensitive-host-mounts",
  meta: {
    category: "security",
    severity: "warning",
    summary: "Pods must not mount sensitive directories or the container runtime's socket from the node.",
    rationale: "A hostPath volume of the node's system directories (/, /etc, /proc, /var/lib/kubelet, …) exposes credentials and kernel settings of the node; a writable one lets the pod take the node over. The container runtime socket (docker.sock, containerd.sock) is full control of every container of the node.",
    fix: "use a ConfigMap, Secret, emptyDir or PersistentVolumeClaim instead of the hostPath volume, or mount a narrower path read-only",
    messages: {
      sensitive: 'hostPath volume "{{volume}}" mounts {{path}} from the node ({{what}})',
      runtimeSocket: 'hostPath volume "{{volume}}" mounts the container runtime socket {{path}}: it gives full control of every container of the node'
    },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: {
        allowedPaths: {
          type: "array",
          items: { type: "string", pattern: "^/" },
          description: "Host paths not to report (exact paths)."
        },
        additionalPaths: {
          type: "array",
          items: { type: "string", pattern: "^/" },
          description: "More sensitive host paths; everything below them is reported too."
        }
      }
    },
    defaultOptions: { allowedPaths: [], additionalPaths: [] },
    kinds: POD_SPEC_KINDS
  },
  check({ resource, options, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    for (const volume of volumesOf(template)) {
      const hostPath = volume.volume.hostPath;
      if (!isObject(hostPath) || typeof hostPath.path !== "string") continue;
      const path = normalizeHostPath(hostPath.path);
      if (path === null || options.allowedPaths.some((p) => normalizeHostPath(p) === path)) continue;
      const at = [...volume.path, "hostPath", "path"];
      if (RUNTIME_SOCKET.test(path)) {
        report({ messageId: "runtimeSocket", data: { volume: volume.name, path }, path: at });
        continue;
      }
      const match = sensitiveEntry(path, options.additionalPaths);
      if (match) report({ messageId: "sensitive", data: { volume: volume.name, path, what: match.what }, path: at });
    }
  }
});
function sensitiveEntry(path, additional) {
  let best;
  const consider = (entry) => {
    const hit = entry.path === path || entry.below && isBelow(path, entry.path);
    if (hit && (!best || entry.path.length > best.path.length)) best = entry;
  };
  SENSITIVE.forEach(consider);
  for (const extra of additional) {
    const normalized = normalizeHostPath(extra);
    if (normalized) consider({ path: normalized, below: true, what: "listed as sensitive in the configuration" });
  }
  return best;
}
function isBelow(path, directory) {
  return directory === "/" ? path !== "/" : path.startsWith(`${directory}/`);
}
function normalizeHostPath(raw) {
  if (!raw.startsWith("/")) return null;
  const parts = [];
  for (const part of raw.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return `/${parts.join("/")}`;
}

// rules/no-ssh-port.ts
var no_ssh_port_default = createRule({
  id: "no-ssh-port",
  meta: {
    category: "security",
    severity: "warning",
    summary: "Containers should not expose the SSH port (22/TCP).",
    rationale: "An SSH server in a container is a second way in that bypasses Kubernetes authentication, RBAC and audit logs, and usually means long-lived credentials baked into the image. kubectl exec, kubectl debug and kubectl port-forward cover what SSH was used for.",
    fix: "remove the SSH server and its port; use kubectl exec or kubectl debug to get a shell",
    messages: {
      sshPort: 'container "{{container}}" exposes SSH port 22'
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    for (const container of containersOf(template)) {
      for (const port of portsOf(container)) {
        if (port.containerPort === 22 && port.protocol === "TCP") {
          report({ messageId: "sshPort", data: { container: container.name }, path: [...port.path, "containerPort"] });
        }
      }
    }
  }
});

// src/core/quantity.ts
var QUANTITY_PATTERN = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+|Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE])?$/;
var BINARY = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
var DECIMAL = { n: -9, u: -6, m: -3, "": 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
var PARTS = /^([+-]?)([0-9]*)(?:\.([0-9]*))?(.*)$/;
var QuantityError = class extends Error {
};
function parseQuantity(input) {
  const text2 = typeof input === "number" ? numberToText(input) : input;
  if (!QUANTITY_PATTERN.test(text2)) {
    throw new QuantityError(
      "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"
    );
  }
  const [, sign, whole = "", fraction = "", suffix = ""] = PARTS.exec(text2);
  let format;
  let binaryExp = 0;
  let decimalExp = 0;
  if (suffix in BINARY) {
    format = "BinarySI";
    binaryExp = BINARY[suffix];
  } else if (suffix in DECIMAL) {
    format = "DecimalSI";
    decimalExp = DECIMAL[suffix];
  } else {
    format = "DecimalExponent";
    decimalExp = Number(suffix.slice(1));
  }
  const digits = BigInt((whole + fraction).replace(/^0+(?=.)/, "") || "0");
  const exp10 = decimalExp - fraction.length + 9;
  let nano = digits << BigInt(binaryExp);
  if (exp10 >= 0) nano *= 10n ** BigInt(exp10);
  else nano = ceilDiv(nano, 10n ** BigInt(-exp10));
  return { nano: sign === "-" ? -nano : nano, format };
}
function tryParseQuantity(input) {
  if (typeof input !== "string" && typeof input !== "number") return void 0;
  try {
    return parseQuantity(input);
  } catch {
    return void 0;
  }
}
function numberToText(value) {
  if (!Number.isFinite(value)) return String(value);
  return String(value).replace("e+", "e");
}
function ceilDiv(a, b) {
  const q = a / b;
  return q * b === a || a < 0n ? q : q + 1n;
}
function compareQuantities(a, b) {
  return a.nano < b.nano ? -1 : a.nano > b.nano ? 1 : 0;
}

// src/resources/container-resources.ts
function resourceListOf(c, field) {
  const resources = c.container.resources;
  if (!isObject(resources)) return {};
  const list = resources[field];
  return isObject(list) ? list : {};
}
function hasResourceValue(c, field, resource) {
  const value = resourceListOf(c, field)[resource];
  return typeof value === "string" || typeof value === "number";
}
function missingResourceAnchor(c, field) {
  const resources = c.container.resources;
  if (isObject(resources)) {
    if (isObject(resources[field])) return { path: [...c.path, "resources", field], target: "key" };
    return { path: [...c.path, "resources"], target: "key" };
  }
  return typeof c.container.name === "string" ? { path: [...c.path, "name"], target: "value" } : { path: c.path, target: "value" };
}
function isOvercommitAllowed(resource) {
  const native = !resource.includes("/") || resource.includes("kubernetes.io/");
  return native && !resource.startsWith("hugepages-");
}
function resourceLabel(resource) {
  return resource === "cpu" ? "CPU" : resource;
}
function quantityText(resource, path, value) {
  return typeof value === "string" ? value : sourceTextIn(resource, path) ?? String(value);
}

// rules/no-suspicious-quantity.ts
var NANO = 1000000000n;
var BYTE_RESOURCES = /* @__PURE__ */ new Set(["memory", "ephemeral-storage"]);
var MILLI_SUFFIX = /^(\d+(?:\.\d+)?)m$/;
var SMALL_BYTES = /^(\d+)(?:k|Ki)?$/;
var BARE_INTEGER = /^\d+$/;
var no_suspicious_quantity_default = createRule({
  id: "no-suspicious-quantity",
  meta: {
    category: "correctness",
    severity: "warning",
    summary: "Resource quantities must be plausible: no milli-bytes of memory, no memory below 1Mi, no CPU beyond any node.",
    rationale: 'Quantities such as memory `128m` are legal but mean 0.128 bytes ("m" is milli, not mega); `memory: 512` is 512 bytes; `cpu: 500` is 500 cores, not 500 millicores. The API server accepts all of them, and the result is a container killed at start, or a pod that never schedules.',
    fix: "write memory in Mi/Gi (128Mi) and CPU in cores or millicores (500m)",
    messages: {
      milliBytes: '{{subject}}{{resource}} {{value}} is {{human}} ("m" means milli, not mega){{hint}}',
      tinyMemory: "{{subject}}{{resource}} {{value}} is {{human}}, too little for any container{{hint}}",
      hugeCpu: "{{subject}}cpu {{value}} is {{human}}, more than {{max}}{{hint}}"
    },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: {
        maxCpuCores: { type: "number", exclusiveMinimum: 0 },
        minMemoryBytes: { type: "integer", minimum: 0 }
      }
    },
    defaultOptions: { maxCpuCores: 64, minMemoryBytes: 1024 * 1024 },
    kinds: [...POD_SPEC_KINDS, "LimitRange"]
  },
  check({ resource, options, report }) {
    const inspect = (subject, name, value, path) => {
      const q = tryParseQuantity(value);
      if (!q || q.nano <= 0n) return;
      const text2 = quantityText(resource, path, value);
      const data = { subject, resource: name, value: text2 };
      if (name === "cpu") {
        if (q.nano <= BigInt(Math.round(options.maxCpuCores * 1e3)) * 1000000n) return;
        const hint = BARE_INTEGER.test(text2) ? `; did you mean ${text2}m?` : "";
        report({ messageId: "hugeCpu", data: { ...data, human: `${formatExact(q)} cores`, max: `${options.maxCpuCores} cores`, hint }, path });
        return;
      }
      if (!BYTE_RESOURCES.has(name)) return;
      if (q.nano % NANO !== 0n) {
        const milli = MILLI_SUFFIX.exec(text2);
        const hint = milli ? `; did you mean ${milli[1]}Mi?` : "";
        report({ messageId: "milliBytes", data: { ...data, human: bytes(q), hint }, path });
        return;
      }
      if (name === "memory" && q.nano < BigInt(options.minMemoryBytes) * NANO) {
        const small = SMALL_BYTES.exec(text2);
        const hint = small ? `; did you mean ${small[1]}Mi?` : "";
        report({ messageId: "tinyMemory", data: { ...data, human: bytes(q), hint }, path });
      }
    };
    if (resource.kind === "LimitRange") {
      checkLimitRange(resource, inspect);
      return;
    }
    const template = podTemplateOf(resource);
    if (!template) return;
    for (const c of containersOf(template)) {
      for (const field of ["requests", "limits"]) {
        const list = resourceListOf(c, field);
        for (const name of Object.keys(list)) {
          inspect(`container "${c.name}": `, name, list[name], [...c.path, "resources", field, name]);
        }
      }
    }
  }
});
function checkLimitRange(resource, inspect) {
  const spec = isObject(resource.object.spec) ? resource.object.spec : {};
  asArray(spec.limits).forEach((item, i) => {
    if (!isObject(item) || item.type !== "Container") return;
    for (const field of ["default", "defaultRequest", "max", "min"]) {
      const list = item[field];
      if (!isObject(list)) continue;
      for (const name of Object.keys(list)) inspect(`container ${field} `, name, list[name], ["spec", "limits", i, field, name]);
    }
  });
}
function formatExact(q) {
  const whole = q.nano / NANO;
  const fraction = q.nano % NANO;
  if (fraction === 0n) return whole.toString();
  return `${whole}.${fraction.toString().padStart(9, "0").replace(/0+$/, "")}`;
}
function bytes(q) {
  const text2 = formatExact(q);
  return `${text2} ${text2 === "1" ? "byte" : "bytes"}`;
}

// rules/no-unmasked-proc-mount.ts
var no_unmasked_proc_mount_default = createRule({
  id: "no-unmasked-proc-mount",
  meta: {
    category: "security",
    severity: "warning",
    summary: "Containers must not use an unmasked /proc (procMount: Unmasked).",
    rationale: "The container runtime masks and makes read-only the parts of /proc that expose or change the host kernel (/proc/kcore, /proc/sysrq-trigger, /proc/sys). procMount: Unmasked removes that protection. Pod Security Standards (baseline) allow only Default.",
    fix: "remove securityContext.procMount or set it to Default",
    messages: {
      unmasked: 'container "{{container}}" uses an unmasked /proc (procMount: Unmasked)'
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
    optIn: true
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    for (const c of buildSecurityContexts(template)) {
      if (c.context.procMount === "Unmasked") {
        report({ messageId: "unmasked", data: { container: c.container.name }, path: c.reportPath("procMount") });
      }
    }
  }
});

// rules/no-unsafe-sysctls.ts
var SAFE_SINCE = /* @__PURE__ */ new Map([
  ["kernel.shm_rmid_forced", 0],
  ["net.ipv4.ip_local_port_range", 0],
  ["net.ipv4.tcp_syncookies", 0],
  ["net.ipv4.ping_group_range", 18],
  ["net.ipv4.ip_unprivileged_port_start", 22],
  ["net.ipv4.ip_local_reserved_ports", 27],
  ["net.ipv4.tcp_keepalive_time", 29],
  ["net.ipv4.tcp_fin_timeout", 29],
  ["net.ipv4.tcp_keepalive_intvl", 29],
  ["net.ipv4.tcp_keepalive_probes", 29]
]);
var IPC_EXACT = /* @__PURE__ */ new Set(["kernel.sem"]);
var IPC_PREFIXES = ["kernel.shm", "kernel.msg", "fs.mqueue."];
var NET_PREFIX = "net.";
var no_unsafe_sysctls_default = createRule({
  id: "no-unsafe-sysctls",
  meta: {
    category: "security",
    severity: "warning",
    summary: "Pods should set only the sysctls Kubernetes considers safe.",
    rationale: "A safe sysctl is namespaced (it changes only the pod) and cannot starve the node. Any other sysctl is rejected by the kubelet (SysctlForbidden) unless the node allows it with --allowed-unsafe-sysctls, and then it can affect other pods on the node. Sysctls that are not namespaced at all, or network sysctls of a pod on the host network, would change the node itself and are always rejected.",
    fix: "remove the sysctl, or schedule the pod on nodes whose kubelet allows it (--allowed-unsafe-sysctls) and list it in this rule's allowed option",
    messages: {
      unsafe: 'sysctl "{{name}}" is not in the safe set: the kubelet rejects the pod unless the node allows it with --allowed-unsafe-sysctls',
      notYetSafe: 'sysctl "{{name}}" is safe only from Kubernetes 1.{{since}} (target {{version}}): older kubelets reject the pod',
      notNamespaced: 'sysctl "{{name}}" is not namespaced: it would change the whole node, and the kubelet rejects the pod',
      hostNamespace: 'sysctl "{{name}}" on a pod with {{field}}: true would change the node itself: the kubelet rejects the pod'
    },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: {
        allowed: {
          type: "array",
          items: { type: "string", minLength: 1 },
          description: 'Unsafe sysctls your nodes allow, as in --allowed-unsafe-sysctls: names, or prefixes ending in "*".'
        }
      }
    },
    defaultOptions: { allowed: [] },
    kinds: POD_SPEC_KINDS
  },
  check({ resource, options, kubernetesVersion, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    const sysctlsPath = [...template.specPath, "securityContext", "sysctls"];
    const list = asArray(asObject(template.spec.securityContext).sysctls);
    const minor = Number(/^\d+\.(\d+)/.exec(kubernetesVersion)?.[1] ?? Infinity);
    list.forEach((entry, i) => {
      if (!isObject(entry) || typeof entry.name !== "string" || entry.name === "") return;
      const name = normalizeSysctl(entry.name);
      const path = [...sysctlsPath, i, "name"];
      const namespace = sysctlNamespace(name);
      if (namespace === null) {
        report({ messageId: "notNamespaced", data: { name }, path });
        return;
      }
      const hostField = namespace === "net" ? "hostNetwork" : "hostIPC";
      if (template.spec[hostField] === true) {
        report({ messageId: "hostNamespace", data: { name, field: hostField }, path });
        return;
      }
      const since = SAFE_SINCE.get(name);
      if (since !== void 0 && since <= minor) return;
      if (options.allowed.some((pattern) => matchesPattern(name, normalizeSysctl(pattern)))) return;
      if (since !== void 0) report({ messageId: "notYetSafe", data: { name, since, version: kubernetesVersion }, path });
      else report({ messageId: "unsafe", data: { name }, path });
    });
  }
});
function normalizeSysctl(name) {
  const slash = name.indexOf("/");
  const dot = name.indexOf(".");
  if (slash === -1 || dot !== -1 && dot < slash) return name;
  return name.replace(/[./]/g, (c) => c === "/" ? "." : "/");
}
function sysctlNamespace(name) {
  if (name.startsWith(NET_PREFIX)) return "net";
  if (IPC_EXACT.has(name) || IPC_PREFIXES.some((p) => name.startsWith(p))) return "ipc";
  return null;
}
function matchesPattern(name, pattern) {
  return pattern.endsWith("*") ? name.startsWith(pattern.slice(0, -1)) : name === pattern;
}

// rules/no-wildcard-rbac.ts
var FIELDS = [
  ["verbs", "verb"],
  ["resources", "resource"],
  ["nonResourceURLs", "non-resource URL"]
];
var no_wildcard_rbac_default = createRule({
  id: "no-wildcard-rbac",
  meta: {
    category: "security",
    severity: "warning",
    summary: 'Roles and ClusterRoles should not grant "*" verbs or resources.',
    rationale: 'A "*" grants every verb or resource that exists, and every one added later by Kubernetes or a CRD: escalate, bind, impersonate, secrets, pods/exec. Listing what the subject needs keeps least privilege visible in review. (CIS Kubernetes Benchmark 5.1.3.)',
    fix: 'replace "*" with the verbs and resources the subject actually uses',
    messages: {
      wildcard: '{{kind}} "{{name}}" rules[{{rule}}] grants every {{what}} ("*" in {{field}})'
    },
    defaultOptions: {},
    kinds: ["Role", "ClusterRole"],
    optIn: true
  },
  check({ resource, report }) {
    const raw = asArray(resource.object.rules);
    for (const rule of policyRulesOf(resource.object)) {
      for (const [field, what] of FIELDS) {
        const i = asArray(asObject(raw[rule.index])[field]).indexOf("*");
        if (i === -1) continue;
        report({
          messageId: "wildcard",
          data: { kind: resource.kind, name: resource.name, rule: rule.index, what, field },
          path: [...rule.path, field, i]
        });
      }
    }
  }
});

// rules/no-writable-host-mount.ts
var no_writable_host_mount_default = createRule({
  id: "no-writable-host-mount",
  meta: {
    category: "security",
    severity: "warning",
    summary: "Containers should mount hostPath volumes read-only.",
    rationale: "A writable hostPath mount lets the container change the node's files: plant binaries or configuration the node will run, fill its disk, or leave data behind for the next pod scheduled there.",
    fix: "set readOnly: true on the volumeMount, or use an emptyDir or a PersistentVolumeClaim for data the container writes",
    messages: {
      writable: 'container "{{container}}" mounts hostPath volume "{{volume}}" ({{path}}) writable'
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
    optIn: true
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    const hostPaths = /* @__PURE__ */ new Map();
    for (const v of volumesOf(template)) {
      const hostPath = v.volume.hostPath;
      if (isObject(hostPath)) hostPaths.set(v.name, typeof hostPath.path === "string" ? hostPath.path : "");
    }
    if (hostPaths.size === 0) return;
    for (const c of containersOf(template, ALL_CONTAINER_GROUPS)) {
      asArray(c.container.volumeMounts).forEach((mount, i) => {
        if (!isObject(mount) || typeof mount.name !== "string" || mount.readOnly === true) return;
        const path = hostPaths.get(mount.name);
        if (path === void 0) return;
        report({
          messageId: "writable",
          data: { container: c.name, volume: mount.name, path },
          path: [...c.path, ...existingPrefix(c.container, ["volumeMounts", i, "readOnly"])]
        });
      });
    }
  }
});

// rules/no-yaml-type-coercion.ts
var LEADING_ZERO = /^[-+]?0[0-9_]+$/;
var TRAILING_ZERO = /^[-+]?[0-9_]*\.([0-9_]*0)?$/;
var NUMBER_START = /^[-+.0-9]/;
var MAX_DEPTH = 64;
var no_yaml_type_coercion_default = createRule({
  id: "no-yaml-type-coercion",
  meta: {
    category: "correctness",
    severity: "warning",
    summary: "No key or free-form value that YAML 1.1 silently turns into a boolean or a different number.",
    rationale: 'Kubernetes reads YAML as YAML 1.1: an unquoted key on, off, yes, no, y or n becomes "true" or "false", 1.10 becomes 1.1, 0644 becomes 420. Where the schema types a field, it catches the surprise; it cannot where keys and values are free-form: the keys of labels, annotations, selectors and ConfigMap or Secret data, and anything inside a custom resource (whose CRD may preserve unknown fields). A ConfigMap key "on" silently becomes a file named "true".',
    fix: 'quote the key or value ("on", "1.10") so that it stays the text you wrote',
    messages: {
      booleanKey: 'key {{written}} is read as "{{read}}" (YAML 1.1 boolean); quote it: "{{written}}"',
      numberKey: 'key {{written}} is read as "{{read}}" (a YAML number); quote it: "{{written}}"',
      numberValue: '{{written}} is read as the number {{read}}; quote it if you meant the text "{{written}}"'
    },
    defaultOptions: {}
  },
  check({ resource, object, index, report }) {
    const base = resource.path;
    const sourceText = (path, target) => resource.document.sourceText(base.length === 0 ? path : [...base, ...path], target);
    const emit = (messageId, written, read, path, target) => report({ messageId, data: { written, read }, path, target });
    if (!isBuiltinGroup(resource.group)) {
      const schema = customResourceSchema(index, resource);
      walk(object, [], 0, { sourceText, emit, typed: (path) => isTyped(schema, path) });
      return;
    }
    for (const at of freeFormMaps(resource)) {
      const map = valueAt2(object, at);
      if (isObject(map)) for (const key of Object.keys(map)) checkKey(key, [...at, key], sourceText, emit);
    }
  }
});
function freeFormMaps(resource) {
  const paths = [["metadata", "labels"], ["metadata", "annotations"]];
  const spec = isObject(resource.object.spec) ? resource.object.spec : {};
  if (resource.kind === "ConfigMap") paths.push(["data"], ["binaryData"]);
  if (resource.kind === "Secret") paths.push(["data"], ["stringData"]);
  if (resource.kind === "Service") paths.push(["spec", "selector"]);
  if (isObject(spec.selector)) paths.push(["spec", "selector", "matchLabels"]);
  const template = podTemplateOf(resource);
  if (template) {
    if (template.path.length > 0) paths.push([...template.path, "metadata", "labels"], [...template.path, "metadata", "annotations"]);
    paths.push([...template.specPath, "nodeSelector"]);
  }
  return paths;
}
function checkKey(key, path, sourceText, emit) {
  const boolean = key === "true" || key === "false";
  if (!boolean && !NUMBER_START.test(key)) return;
  const written = sourceText(path, "key");
  if (written === void 0 || written === key || isQuoted(written)) return;
  emit(boolean ? "booleanKey" : "numberKey", written, key, path, "key");
}
function walk(value, path, depth, walker) {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, [...path, i], depth + 1, walker));
    return;
  }
  if (isObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (depth === 0 && (key === "apiVersion" || key === "kind")) continue;
      const at = [...path, key];
      checkKey(key, at, walker.sourceText, walker.emit);
      walk(child, at, depth + 1, walker);
    }
    return;
  }
  if (typeof value !== "number") return;
  const written = walker.sourceText(path, "value");
  if (written === void 0 || !(LEADING_ZERO.test(written) || TRAILING_ZERO.test(written))) return;
  if (written !== String(value) && !walker.typed(path)) walker.emit("numberValue", written, String(value), path, "value");
}
var crdSchemas = /* @__PURE__ */ new WeakMap();
function customResourceSchema(index, resource) {
  let schemas = crdSchemas.get(index);
  if (!schemas) {
    schemas = /* @__PURE__ */ new Map();
    for (const crd of index.byKind("CustomResourceDefinition")) {
      const spec = isObject(crd.object.spec) ? crd.object.spec : {};
      const names2 = isObject(spec.names) ? spec.names : {};
      for (const v of asArray(spec.versions)) {
        if (!isObject(v) || !isObject(v.schema) || !isObject(v.schema.openAPIV3Schema)) continue;
        const key = `${String(spec.group)}/${String(v.name)}/${String(names2.kind)}`;
        if (!schemas.has(key)) schemas.set(key, v.schema.openAPIV3Schema);
      }
    }
    crdSchemas.set(index, schemas);
  }
  return schemas.get(`${resource.group}/${resource.version}/${resource.kind}`);
}
function isTyped(schema, path) {
  let node = schema;
  for (const segment of path) {
    if (!isObject(node)) return false;
    if (typeof segment === "number") node = node.items;
    else {
      const properties = isObject(node.properties) ? node.properties : {};
      node = Object.prototype.hasOwnProperty.call(properties, segment) ? properties[segment] : node.additionalProperties;
    }
  }
  return isObject(node) && typeof node.type === "string";
}
function valueAt2(object, path) {
  let current = object;
  for (const segment of path) current = isObject(current) ? current[segment] : void 0;
  return current;
}
function isQuoted(text2) {
  return text2.startsWith('"') || text2.startsWith("'");
}

// src/core/int-or-percent.ts
var PERCENT = /^[0-9]+%$/;
function parseIntOrPercent(value) {
  if (value === void 0 || value === null) return void 0;
  if (typeof value === "number") {
    return Number.isInteger(value) ? { kind: "int", value } : { kind: "invalid", text: String(value) };
  }
  if (typeof value === "string") {
    return PERCENT.test(value) ? { kind: "percent", value: Number(value.slice(0, -1)) } : { kind: "invalid", text: value };
  }
  return { kind: "invalid", text: String(value) };
}
function rawIntOrPercentValue(v) {
  return v === void 0 || v.kind === "invalid" ? 0 : v.value;
}
function scaleIntOrPercent(v, total, roundUp) {
  if (v.kind === "int") return v.value;
  if (v.kind === "invalid") return 0;
  const exact = v.value * total / 100;
  return roundUp ? Math.ceil(exact) : Math.floor(exact);
}
function formatIntOrPercent(v) {
  return v.kind === "percent" ? `${v.value}%` : v.kind === "int" ? String(v.value) : v.text;
}

// src/index/label-selector.ts
function parseLabelSelector(value) {
  if (!isObject(value)) return null;
  const matchLabels = stringMap(value.matchLabels);
  const expressions = [];
  if (Array.isArray(value.matchExpressions)) {
    for (const e of value.matchExpressions) {
      if (!isObject(e) || typeof e.key !== "string") continue;
      const operator = e.operator;
      if (operator !== "In" && operator !== "NotIn" && operator !== "Exists" && operator !== "DoesNotExist") continue;
      const values = Array.isArray(e.values) ? e.values.filter((v) => typeof v === "string") : [];
      expressions.push({ key: e.key, operator, values });
    }
  }
  return { matchLabels, expressions };
}
function parseMapSelector(value) {
  const labels = stringMap(value);
  return Object.keys(labels).length === 0 ? null : { matchLabels: labels, expressions: [] };
}
function stringMap(value) {
  const out = {};
  if (!isObject(value)) return out;
  for (const [k, v] of Object.entries(value)) {
    if (typeof v === "string") out[k] = v;
    else if (typeof v === "number" || typeof v === "boolean") out[k] = String(v);
  }
  return out;
}
function selectorMatches(selector, labels) {
  for (const key in selector.matchLabels) {
    if (labels[key] !== selector.matchLabels[key]) return false;
  }
  for (const e of selector.expressions) {
    const has = Object.prototype.hasOwnProperty.call(labels, e.key);
    switch (e.operator) {
      case "In":
        if (!has || !e.values.includes(labels[e.key])) return false;
        break;
      case "NotIn":
        if (has && e.values.includes(labels[e.key])) return false;
        break;
      case "Exists":
        if (!has) return false;
        break;
      case "DoesNotExist":
        if (has) return false;
        break;
    }
  }
  return true;
}
function isEmptySelector(selector) {
  return Object.keys(selector.matchLabels).length === 0 && selector.expressions.length === 0;
}
function formatSelector(selector) {
  const parts = Object.entries(selector.matchLabels).map(([k, v]) => `${k}=${v}`);
  for (const e of selector.expressions) {
    if (e.operator === "Exists") parts.push(e.key);
    else if (e.operator === "DoesNotExist") parts.push(`!${e.key}`);
    else parts.push(`${e.key} ${e.operator === "In" ? "in" : "notin"} (${e.values.join(",")})`);
  }
  return parts.join(",");
}
function formatLabels(labels) {
  return Object.entries(labels).map(([k, v]) => `${k}=${v}`).join(",");
}
var LABEL_NAME = /^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)$/;
var DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
function checkQualifiedName(key) {
  const problems = [];
  const slash = key.indexOf("/");
  const prefix = slash === -1 ? null : key.slice(0, slash);
  const name = slash === -1 ? key : key.slice(slash + 1);
  if (key.split("/").length > 2) {
    return ["a qualified name must consist of an optional DNS subdomain prefix and '/' and a name"];
  }
  if (prefix !== null) {
    if (prefix.length === 0) problems.push("prefix part must be non-empty");
    else if (prefix.length > 253) problems.push("prefix part must be no more than 253 characters");
    else if (!DNS1123_SUBDOMAIN.test(prefix)) problems.push("prefix part must be a lowercase DNS subdomain (e.g. example.com)");
  }
  if (name.length === 0) problems.push("name part must be non-empty");
  else if (name.length > 63) problems.push("name part must be no more than 63 characters");
  else if (!LABEL_NAME.test(name)) {
    problems.push(
      "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character"
    );
  }
  return problems;
}
function checkLabelValue(value) {
  if (value === "") return [];
  if (value.length > 63) return ["must be no more than 63 characters"];
  if (!LABEL_NAME.test(value)) {
    return ["must be empty or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character"];
  }
  return [];
}
var DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
var DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
var PORT_NAME_CHARS = /^[-a-z0-9]+$/;
var HAS_LETTER = /[a-z]/;
var LABEL_FORMAT = "lowercase alphanumeric characters or '-', starting and ending with an alphanumeric character";
var SUBDOMAIN_FORMAT = "lowercase alphanumeric characters, '-' or '.', starting and ending with an alphanumeric character";
var DNS1035_FORMAT = "lowercase alphanumeric characters or '-', starting with a letter and ending with an alphanumeric character";
function checkDns1123Label(value) {
  if (value.length > 63) return ["must be no more than 63 characters"];
  if (!DNS1123_LABEL.test(value)) return [`must be a DNS-1123 label: ${LABEL_FORMAT}`];
  return [];
}
function checkDns1123Subdomain(value) {
  if (value.length > 253) return ["must be no more than 253 characters"];
  if (!DNS1123_SUBDOMAIN.test(value)) return [`must be a DNS-1123 subdomain: ${SUBDOMAIN_FORMAT}`];
  return [];
}
function checkDns1035Label(value) {
  if (value.length > 63) return ["must be no more than 63 characters"];
  if (!DNS1035_LABEL.test(value)) return [`must be a DNS-1035 label: ${DNS1035_FORMAT}`];
  return [];
}
function checkPortName(value) {
  const problems = [];
  if (value.length < 1 || value.length > 15) problems.push("must be 1 to 15 characters long");
  if (!PORT_NAME_CHARS.test(value)) problems.push("must contain only lowercase alphanumeric characters and '-'");
  if (!HAS_LETTER.test(value)) problems.push("must contain at least one letter (a-z)");
  if (value.includes("--")) problems.push("must not contain consecutive '-'");
  if (value.startsWith("-") || value.endsWith("-")) problems.push("must not begin or end with '-'");
  return problems;
}
function checkPathSegmentName(value) {
  if (value === "." || value === "..") return [`may not be '${value}'`];
  const problems = [];
  if (value.includes("/")) problems.push("may not contain '/'");
  if (value.includes("%")) problems.push("may not contain '%'");
  return problems;
}

// rules/pdb-allows-eviction.ts
var pdb_allows_eviction_default = createRule({
  id: "pdb-allows-eviction",
  meta: {
    category: "reliability",
    severity: "warning",
    summary: "A PodDisruptionBudget must leave at least one selected pod evictable.",
    rationale: "A budget with maxUnavailable 0, minAvailable 100%, or a minAvailable at or above the number of pods it selects never allows a voluntary eviction: `kubectl drain`, cluster upgrades and the autoscaler wait on it forever. The pod count comes from the replicas of the workloads the selector matches in the input (an autoscaler's minReplicas when one manages them); percentages round up, as the disruption controller does.",
    fix: "allow at least one disruption: minAvailable below the replica count, or maxUnavailable of at least 1",
    messages: {
      zeroMaxUnavailable: "maxUnavailable {{value}} blocks every voluntary eviction: node drains wait forever",
      fullMinAvailable: "minAvailable 100% blocks every voluntary eviction: node drains wait forever",
      minAvailableTooHigh: "minAvailable {{value}} requires all {{count}} pod(s) it selects ({{owners}}) to stay up: no pod can ever be evicted, so node drains wait forever"
    },
    defaultOptions: {},
    kinds: ["PodDisruptionBudget"]
  },
  check({ resource, index, report }) {
    const spec = isObject(resource.object.spec) ? resource.object.spec : void 0;
    if (!spec) return;
    const maxUnavailable = parseIntOrPercent(spec.maxUnavailable);
    if (maxUnavailable && maxUnavailable.kind !== "invalid" && maxUnavailable.value === 0) {
      report({ messageId: "zeroMaxUnavailable", data: { value: formatIntOrPercent(maxUnavailable) }, path: ["spec", "maxUnavailable"] });
      return;
    }
    const minAvailable = parseIntOrPercent(spec.minAvailable);
    if (!minAvailable || minAvailable.kind === "invalid" || resource.namespace === null) return;
    if (minAvailable.kind === "percent" && minAvailable.value >= 100) {
      report({ messageId: "fullMinAvailable", path: ["spec", "minAvailable"] });
      return;
    }
    if (minAvailable.value <= 0) return;
    const selector = parseLabelSelector(spec.selector);
    if (!selector) return;
    const owners = [];
    for (const entry of index.podTemplatesMatching(resource.namespace, selector)) {
      if (entry.resource.kind === "PodTemplate") continue;
      const range = replicaRange(index, entry.resource);
      if (!range) return;
      owners.push({ resource: entry.resource, pods: range.min, autoscaled: range.autoscalers.length > 0 });
    }
    const count = owners.reduce((sum, o) => sum + o.pods, 0);
    if (count === 0) return;
    const required = scaleIntOrPercent(minAvailable, count, true);
    if (required < count) return;
    owners.sort((a, b) => a.resource.key < b.resource.key ? -1 : a.resource.key > b.resource.key ? 1 : 0);
    const described = owners.slice(0, 3).map((o) => `${o.resource.kind} ${o.resource.name}: ${o.pods}${o.autoscaled ? " at its autoscaler minimum" : ""}`);
    if (owners.length > 3) described.push(`${owners.length - 3} more`);
    report({
      messageId: "minAvailableTooHigh",
      data: { value: formatIntOrPercent(minAvailable), count, owners: described.join(", ") },
      path: ["spec", "minAvailable"],
      related: owners.slice(0, 5).map((o) => ({
        resource: o.resource,
        path: declaredReplicas(o.resource) !== void 0 ? ["spec", "replicas"] : ["metadata", "name"],
        message: `${o.resource.kind} ${o.resource.name} runs ${o.pods} pod(s)`
      }))
    });
  }
});

// rules/pdb-unhealthy-eviction-policy.ts
var pdb_unhealthy_eviction_policy_default = createRule({
  id: "pdb-unhealthy-eviction-policy",
  meta: {
    category: "reliability",
    severity: "warning",
    summary: "A PodDisruptionBudget should set unhealthyPodEvictionPolicy (AlwaysAllow lets unready pods be evicted).",
    rationale: "By default (IfHealthyBudget) a pod that is running but not ready can only be evicted while the budget has room. When the application is already degraded, the budget is exhausted and the crashing pods themselves block `kubectl drain` and node upgrades. AlwaysAllow lets them be evicted: they serve nothing anyway. The field is beta (on by default) since Kubernetes 1.27 and GA in 1.31.",
    fix: "set spec.unhealthyPodEvictionPolicy: AlwaysAllow",
    messages: {
      missing: "unhealthyPodEvictionPolicy is not set, so it is IfHealthyBudget: running but unready pods block node drains while the budget is exhausted",
      notAlwaysAllow: "unhealthyPodEvictionPolicy IfHealthyBudget lets running but unready pods block node drains while the budget is exhausted"
    },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: { requireAlwaysAllow: { type: "boolean" } }
    },
    defaultOptions: { requireAlwaysAllow: false },
    kinds: ["PodDisruptionBudget"]
  },
  check({ resource, kubernetesVersion, options, report }) {
    const minor = Number(kubernetesVersion.split(".")[1]);
    if (Number.isFinite(minor) && minor < 27) return;
    const spec = isObject(resource.object.spec) ? resource.object.spec : void 0;
    if (!spec) return;
    const policy = spec.unhealthyPodEvictionPolicy;
    if (policy === void 0 || policy === null) {
      report({ messageId: "missing", path: ["spec"], target: "key" });
    } else if (options.requireAlwaysAllow && policy === "IfHealthyBudget") {
      report({ messageId: "notAlwaysAllow", path: ["spec", "unhealthyPodEvictionPolicy"] });
    }
  }
});

// rules/require-anti-affinity.ts
var require_anti_affinity_default = createRule({
  id: "require-anti-affinity",
  meta: {
    category: "reliability",
    severity: "warning",
    summary: "A workload with several replicas must keep them apart with pod anti-affinity or a topology spread constraint.",
    rationale: "Without anti-affinity or a spread constraint the scheduler may put every replica on the same node, and losing that node (a crash, an upgrade, a drain) takes the whole workload down. Anti-affinity on any topology key keeps replicas on different nodes; a spread constraint counts when its topology key is a node or a zone. Either must select the workload's own pods, or it does nothing for them.",
    fix: "add a preferred podAntiAffinity term on kubernetes.io/hostname selecting the pod labels, or a topologySpreadConstraint",
    messages: {
      missing: "{{replicas}} replicas may all run on one node: no pod anti-affinity or topology spread constraint keeps them apart",
      selectorMisses: "this {{kind}} keeps apart pods matching {{selector}}, but its own pods are labelled {{labels}}: its replicas may share a node"
    },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: {
        minReplicas: { type: "integer", minimum: 2 },
        spreadTopologyKeys: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: true }
      }
    },
    defaultOptions: { minReplicas: 2, spreadTopologyKeys: ["kubernetes.io/hostname", "topology.kubernetes.io/zone"] },
    kinds: ["Deployment", "ReplicaSet", "ReplicationController", "StatefulSet"]
  },
  check({ resource, index, options, report }) {
    const template = podTemplateOf(resource);
    const range = template && replicaRange(index, resource);
    if (!template || !range || range.max < options.minReplicas) return;
    const labels = stringMap(template.metadata.labels);
    const spec = template.spec;
    let miss;
    const covers = (term, at, topologyKeys) => {
      if (!isObject(term) || typeof term.topologyKey !== "string" || term.topologyKey === "") return false;
      if (topologyKeys && !topologyKeys.includes(term.topologyKey)) return false;
      const namespaces = asArray(term.namespaces);
      if (namespaces.length > 0 && !namespaces.includes(resource.namespace) && term.namespaceSelector == null) return false;
      const selector = parseLabelSelector(term.labelSelector);
      if (selector && selectorMatches(selector, labels)) return true;
      miss ??= { path: [...at, "labelSelector"], selector: selector ? formatSelector(selector) || "<everything>" : "<nothing>" };
      return false;
    };
    const affinity = isObject(spec.affinity) ? spec.affinity : {};
    const anti = isObject(affinity.podAntiAffinity) ? affinity.podAntiAffinity : {};
    const antiPath = [...template.specPath, "affinity", "podAntiAffinity"];
    const required = asArray(anti.requiredDuringSchedulingIgnoredDuringExecution).some(
      (term, i) => covers(term, [...antiPath, "requiredDuringSchedulingIgnoredDuringExecution", i], null)
    );
    const preferred = asArray(anti.preferredDuringSchedulingIgnoredDuringExecution).some(
      (p, i) => isObject(p) && covers(p.podAffinityTerm, [...antiPath, "preferredDuringSchedulingIgnoredDuringExecution", i, "podAffinityTerm"], null)
    );
    const spread = asArray(spec.topologySpreadConstraints).some(
      (c, i) => covers(c, [...template.specPath, "topologySpreadConstraints", i], options.spreadTopologyKeys)
    );
    if (required || preferred || spread) return;
    if (miss) {
      report({ messageId: "selectorMisses", data: { kind: resource.kind, selector: miss.selector, labels: formatLabels(labels) || "<none>" }, path: miss.path, target: "key" });
      return;
    }
    const replicas = range.autoscalers.length > 0 ? `up to ${range.max}` : String(range.max);
    if (declaredReplicas(resource) !== void 0 && range.autoscalers.length === 0) {
      report({ messageId: "missing", data: { replicas }, path: ["spec", "replicas"] });
    } else {
      report({ messageId: "missing", data: { replicas }, path: template.specPath, target: "key" });
    }
  }
});

// src/index/limit-ranges.ts
var cache2 = /* @__PURE__ */ new WeakMap();
function containerDefaultsIn(index, namespace) {
  let byNamespace = cache2.get(index);
  if (!byNamespace) {
    byNamespace = buildDefaults(index);
    cache2.set(index, byNamespace);
  }
  return byNamespace.get(namespace) ?? NONE;
}
var NONE = { request: () => void 0, limit: () => void 0 };
function buildDefaults(index) {
  const ranges = /* @__PURE__ */ new Map();
  for (const r of index.byKind("LimitRange")) {
    if (r.namespace === null) continue;
    const list = ranges.get(r.namespace);
    if (list) list.push(r);
    else ranges.set(r.namespace, [r]);
  }
  const out = /* @__PURE__ */ new Map();
  for (const [namespace, list] of ranges) {
    const requests = /* @__PURE__ */ new Map();
    const limits = /* @__PURE__ */ new Map();
    for (const limitRange of [...list].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
      const spec = isObject(limitRange.object.spec) ? limitRange.object.spec : {};
      asArray(spec.limits).forEach((item, i) => {
        if (!isObject(item) || item.type !== "Container") return;
        const at = (field) => ["spec", "limits", i, field];
        const fields = (field) => isObject(item[field]) ? item[field] : {};
        const limitOrder = ["default", "max"];
        const requestOrder = ["defaultRequest", "default", "max", "min"];
        for (const [target, order] of [[limits, limitOrder], [requests, requestOrder]]) {
          const names2 = new Set(order.flatMap((f) => Object.keys(fields(f))));
          for (const name of names2) {
            if (target.has(name)) continue;
            for (const field of order) {
              const value = fields(field)[name];
              if (typeof value === "string" || typeof value === "number") {
                target.set(name, { value, limitRange, path: [...at(field), name] });
                break;
              }
            }
          }
        }
      });
    }
    out.set(namespace, { request: (name) => requests.get(name), limit: (name) => limits.get(name) });
  }
  return out;
}

// rules/require-cpu-limit.ts
var require_cpu_limit_default = createRule({
  id: "require-cpu-limit",
  meta: {
    category: "reliability",
    severity: "warning",
    summary: "Every container must have a CPU limit (directly or through a LimitRange default); off by default.",
    rationale: "Without a CPU limit a busy container can use every idle core of its node. Many teams prefer that (a limit throttles even when the node is idle, which hurts latency), so this rule is opt-in: enable it where predictable CPU use, or the Guaranteed QoS class, matters more than burst capacity.",
    fix: "set resources.limits.cpu",
    messages: {
      missing: 'container "{{container}}" has no CPU limit'
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
    optIn: true
  },
  check({ resource, index, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    const defaults = resource.namespace === null ? void 0 : containerDefaultsIn(index, resource.namespace);
    if (defaults?.limit("cpu")) return;
    for (const c of containersOf(template)) {
      if (hasResourceValue(c, "limits", "cpu")) continue;
      report({ messageId: "missing", data: { container: c.name }, ...missingResourceAnchor(c, "limits") });
    }
  }
});

// rules/require-cronjob-deadline.ts
var require_cronjob_deadline_default = createRule({
  id: "require-cronjob-deadline",
  meta: {
    category: "reliability",
    severity: "warning",
    summary: "A CronJob should set startingDeadlineSeconds; off by default.",
    rationale: 'Without startingDeadlineSeconds the CronJob controller counts every schedule missed since the last run (controller down, CronJob suspended, concurrencyPolicy Forbid); past 100 missed schedules it stops starting the job at all ("too many missed start times"). A deadline bounds the look-back and skips runs that are too late to be useful.',
    fix: "set spec.startingDeadlineSeconds (e.g. 200 for a job that runs every few minutes)",
    messages: {
      missing: "this CronJob has no startingDeadlineSeconds: after 100 missed schedules it stops starting jobs"
    },
    defaultOptions: {},
    kinds: ["CronJob"],
    optIn: true
  },
  check({ resource, report }) {
    const spec = isObject(resource.object.spec) ? resource.object.spec : void 0;
    if (!spec || typeof spec.startingDeadlineSeconds === "number") return;
    report({ messageId: "missing", path: ["spec"], target: "key" });
  }
});

// rules/require-drop-net-raw.ts
var require_drop_net_raw_default = createRule({
  id: "require-drop-net-raw",
  meta: {
    category: "security",
    severity: "warning",
    summary: "Containers should drop the NET_RAW capability (or ALL).",
    rationale: "Container runtimes grant NET_RAW by default. It lets a process open raw sockets and forge packets: ARP and DNS spoofing against other pods on the node, and a frequent ingredient of container escapes. Almost no application needs it.",
    fix: "add NET_RAW (or better ALL) to securityContext.capabilities.drop, and add back only what the container needs",
    messages: {
      notDropped: 'container "{{container}}" does not drop NET_RAW (capabilities.drop has neither NET_RAW nor ALL)',
      addsNetRaw: 'container "{{container}}" adds NET_RAW',
      addsAll: 'container "{{container}}" adds ALL capabilities, NET_RAW among them'
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (!template || isWindowsPod(template)) return;
    for (const c of buildSecurityContexts(template)) {
      const data = { container: c.container.name };
      const added = c.capabilitiesAdded.find((cap) => cap.name === "NET_RAW" || cap.name === "ALL");
      if (added) {
        report({ messageId: added.name === "ALL" ? "addsAll" : "addsNetRaw", data, path: added.path });
      } else if (!c.capabilitiesDropped.some((cap) => cap.name === "NET_RAW" || cap.name === "ALL")) {
        report({ messageId: "notDropped", data, path: c.reportPath("capabilities", "drop") });
      }
    }
  }
});

// rules/require-image-pull-policy.ts
var require_image_pull_policy_default = createRule({
  id: "require-image-pull-policy",
  meta: {
    category: "best-practice",
    severity: "warning",
    summary: "Containers should set imagePullPolicy explicitly, and never IfNotPresent or Never for a moving tag; off by default.",
    rationale: "The default pull policy depends on the image reference (Always for :latest or no tag, IfNotPresent otherwise), so retagging an image silently changes how it is pulled. With IfNotPresent or Never, a :latest image is whatever each node pulled first: nodes run different code and a new push never arrives.",
    fix: "set imagePullPolicy: IfNotPresent for pinned images (a version tag or a digest), and Always for moving tags",
    messages: {
      missing: 'container "{{container}}" does not set imagePullPolicy (it defaults to {{default}} for image "{{image}}")',
      staleMutable: 'container "{{container}}" pulls "{{image}}" with imagePullPolicy {{policy}}: nodes keep whatever version of the tag they pulled first'
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
    optIn: true
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    for (const c of containersOf(template)) {
      const image = c.container.image;
      if (typeof image !== "string" || image === "") continue;
      const mutable = isMutableImage(parseImageRef(image));
      const policy = c.container.imagePullPolicy;
      if (policy === void 0 || policy === null) {
        const path = typeof c.container.name === "string" ? [...c.path, "name"] : c.path;
        report({ messageId: "missing", data: { container: c.name, image, default: mutable ? "Always" : "IfNotPresent" }, path });
      } else if (mutable && (policy === "IfNotPresent" || policy === "Never")) {
        report({ messageId: "staleMutable", data: { container: c.name, image, policy }, path: [...c.path, "imagePullPolicy"] });
      }
    }
  }
});

// rules/require-job-ttl.ts
var require_job_ttl_default = createRule({
  id: "require-job-ttl",
  meta: {
    category: "best-practice",
    severity: "warning",
    summary: "A standalone Job should set ttlSecondsAfterFinished so that it is cleaned up; off by default.",
    rationale: "A finished Job and its pods stay in the cluster until someone deletes them, piling up in the API server and in `kubectl get pods`. ttlSecondsAfterFinished lets the TTL controller delete them. Jobs created by a CronJob are cleaned up by its history limits instead, and are not checked.",
    fix: "set spec.ttlSecondsAfterFinished (e.g. 86400 to keep a finished Job for a day)",
    messages: {
      missing: "this Job has no ttlSecondsAfterFinished: it and its pods stay after it finishes until deleted by hand"
    },
    defaultOptions: {},
    kinds: ["Job"],
    optIn: true
  },
  check({ resource, report }) {
    const metadata = isObject(resource.object.metadata) ? resource.object.metadata : {};
    if (asArray(metadata.ownerReferences).some((o) => isObject(o) && o.kind === "CronJob")) return;
    const spec = isObject(resource.object.spec) ? resource.object.spec : void 0;
    if (!spec || typeof spec.ttlSecondsAfterFinished === "number") return;
    report({ messageId: "missing", path: ["spec"], target: "key" });
  }
});

// src/resources/probes.ts
var PROBE_FIELDS = ["livenessProbe", "readinessProbe", "startupProbe"];
var LONG_RUNNING_KINDS = ["Pod", "Deployment", "ReplicaSet", "ReplicationController", "StatefulSet", "DaemonSet"];
function probePortsOf(c) {
  const out = [];
  for (const probe of PROBE_FIELDS) {
    const spec = c.container[probe];
    if (!isObject(spec)) continue;
    for (const handler of ["httpGet", "tcpSocket", "grpc"]) {
      const action = spec[handler];
      if (!isObject(action)) continue;
      const raw = action.port;
      const port = typeof raw === "string" && /^[0-9]+$/.test(raw) ? Number(raw) : raw;
      if (typeof port === "number" || typeof port === "string" && port !== "") {
        out.push({ probe, handler, port, path: [...c.path, probe, handler, "port"] });
      }
    }
  }
  return out;
}
function runsToCompletion(podSpec) {
  return podSpec.restartPolicy === "Never" || podSpec.restartPolicy === "OnFailure";
}

// rules/require-liveness-probe.ts
var require_liveness_probe_default = createRule({
  id: "require-liveness-probe",
  meta: {
    category: "reliability",
    severity: "warning",
    summary: "Every app container of a long-running workload must have a liveness probe.",
    rationale: "Without a liveness probe the kubelet restarts a container only when its process exits. A process that hangs (deadlock, exhausted pool) stays up, counted as running, until someone notices.",
    fix: "add a livenessProbe that fails only when the process is beyond recovery (not when a dependency is down)",
    messages: {
      missing: 'container "{{container}}" has no liveness probe'
    },
    defaultOptions: {},
    kinds: LONG_RUNNING_KINDS
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (!template || runsToCompletion(template.spec)) return;
    for (const c of containersOf(template, ["containers"])) {
      if (c.container.livenessProbe !== void 0 && c.container.livenessProbe !== null) continue;
      report({ messageId: "missing", data: { container: c.name }, path: typeof c.container.name === "string" ? [...c.path, "name"] : c.path });
    }
  }
});

// rules/require-memory-limit.ts
var require_memory_limit_default = createRule({
  id: "require-memory-limit",
  meta: {
    category: "reliability",
    severity: "warning",
    summary: "Every container must have a memory limit (directly or through a LimitRange default).",
    rationale: "Memory cannot be throttled: a container without a limit grows until the node runs out, and then the kernel or the kubelet kills whatever it picks, often other pods. A limit confines a leak to the leaking container (it is OOM-killed and restarted).",
    fix: "set resources.limits.memory (commonly equal to the memory request)",
    messages: {
      missing: 'container "{{container}}" has no memory limit'
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS
  },
  check({ resource, index, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    const defaults = resource.namespace === null ? void 0 : containerDefaultsIn(index, resource.namespace);
    if (defaults?.limit("memory")) return;
    for (const c of containersOf(template)) {
      if (hasResourceValue(c, "limits", "memory")) continue;
      report({ messageId: "missing", data: { container: c.name }, ...missingResourceAnchor(c, "limits") });
    }
  }
});

// rules/require-network-policy.ts
var isolationCache = /* @__PURE__ */ new WeakMap();
function isolationOf(index) {
  const cached = isolationCache.get(index);
  if (cached) return cached;
  const byNamespace = /* @__PURE__ */ new Map();
  for (const policy of index.byKind("NetworkPolicy")) {
    if (policy.namespace === null) continue;
    let entry = byNamespace.get(policy.namespace);
    if (!entry) byNamespace.set(policy.namespace, entry = { all: false, selected: /* @__PURE__ */ new Set() });
    if (entry.all) continue;
    const podSelector = asObject(policy.object.spec).podSelector;
    const selector = podSelector === void 0 || podSelector === null ? { matchLabels: {}, expressions: [] } : parseLabelSelector(podSelector);
    if (!selector) continue;
    if (isEmptySelector(selector)) entry.all = true;
    else for (const template of index.podTemplatesMatching(policy.namespace, selector)) entry.selected.add(template.resource);
  }
  isolationCache.set(index, byNamespace);
  return byNamespace;
}
var require_network_policy_default = createRule({
  id: "require-network-policy",
  meta: {
    category: "security",
    severity: "warning",
    summary: "Every pod should be selected by a NetworkPolicy of its namespace.",
    rationale: "A pod that no NetworkPolicy selects accepts connections from every pod of the cluster and can connect anywhere: one compromised workload reaches all the others. Selecting it with a policy (even a namespace-wide default-deny) makes its allowed traffic explicit.",
    fix: "add a NetworkPolicy that selects the pods (a default-deny policy with podSelector: {} covers the whole namespace) and allow the traffic they need",
    messages: {
      notIsolated: '{{kind}} "{{name}}" is not selected by any NetworkPolicy in namespace "{{namespace}}": its pods allow all traffic'
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS.filter((kind) => kind !== "PodTemplate"),
    optIn: true
  },
  check({ resource, index, report }) {
    const template = podTemplateOf(resource);
    if (!template || resource.namespace === null) return;
    if (template.spec.hostNetwork === true) return;
    const isolation = isolationOf(index).get(resource.namespace);
    if (isolation && (isolation.all || isolation.selected.has(resource))) return;
    report({
      messageId: "notIsolated",
      data: { kind: resource.kind, name: resource.name, namespace: resource.namespace },
      path: existingPrefix(resource.object, [...template.path, "metadata", "labels"])
    });
  }
});

// rules/require-pdb.ts
var cache3 = /* @__PURE__ */ new WeakMap();
var require_pdb_default = createRule({
  id: "require-pdb",
  meta: {
    category: "reliability",
    severity: "warning",
    summary: "A Deployment or StatefulSet with several replicas should be covered by a PodDisruptionBudget; off by default.",
    rationale: "Without a PodDisruptionBudget a node drain, a cluster upgrade or the cluster autoscaler may evict every replica of a workload at the same time. A budget makes voluntary evictions wait until enough replicas are available elsewhere. Opt-in, since not every workload needs one.",
    fix: "add a PodDisruptionBudget whose selector matches the pod labels, e.g. maxUnavailable: 1",
    messages: {
      missing: "no PodDisruptionBudget selects the pods of this {{kind}}: a node drain may evict all {{replicas}} replicas at once"
    },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: { minReplicas: { type: "integer", minimum: 1 } }
    },
    defaultOptions: { minReplicas: 2 },
    kinds: ["Deployment", "StatefulSet"],
    optIn: true
  },
  check({ resource, index, options, report }) {
    const template = podTemplateOf(resource);
    const range = template && replicaRange(index, resource);
    if (!template || !range || range.max < options.minReplicas || resource.namespace === null) return;
    const labels = stringMap(template.metadata.labels);
    const budgets = budgetsIn(index).get(resource.namespace) ?? [];
    if (budgets.some((selector) => selectorMatches(selector, labels))) return;
    const replicas = range.autoscalers.length > 0 ? `up to ${range.max}` : String(range.max);
    if (declaredReplicas(resource) !== void 0 && range.autoscalers.length === 0) {
      report({ messageId: "missing", data: { kind: resource.kind, replicas }, path: ["spec", "replicas"] });
    } else {
      report({ messageId: "missing", data: { kind: resource.kind, replicas }, path: ["metadata", "name"] });
    }
  }
});
function budgetsIn(index) {
  let byNamespace = cache3.get(index);
  if (byNamespace) return byNamespace;
  byNamespace = /* @__PURE__ */ new Map();
  for (const pdb of index.byKind("PodDisruptionBudget")) {
    const spec = isObject(pdb.object.spec) ? pdb.object.spec : {};
    const selector = parseLabelSelector(spec.selector);
    if (!selector || pdb.namespace === null) continue;
    const list = byNamespace.get(pdb.namespace);
    if (list) list.push(selector);
    else byNamespace.set(pdb.namespace, [selector]);
  }
  cache3.set(index, byNamespace);
  return byNamespace;
}

// rules/require-priority-class.ts
var require_priority_class_default = createRule({
  id: "require-priority-class",
  meta: {
    category: "best-practice",
    severity: "warning",
    summary: "Pods should name a PriorityClass; off by default.",
    rationale: "A pod without priorityClassName gets the cluster's global default priority, usually 0: under resource pressure it is among the first preempted, and it cannot preempt anything. Naming a class makes the importance of a workload explicit. A PriorityClass with globalDefault: true in the input satisfies the rule.",
    fix: "set spec.priorityClassName to one of the cluster PriorityClasses",
    messages: {
      missing: "the pods of this {{kind}} have no priorityClassName: they get the default priority and are preempted first"
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS.filter((k) => k !== "PodTemplate"),
    optIn: true
  },
  check({ resource, index, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    const name = template.spec.priorityClassName;
    if (typeof name === "string" && name !== "") return;
    if (index.byKind("PriorityClass").some((pc) => pc.object.globalDefault === true)) return;
    report({ messageId: "missing", data: { kind: resource.kind }, path: template.specPath, target: "key" });
  }
});

// rules/require-read-only-root-fs.ts
var require_read_only_root_fs_default = createRule({
  id: "require-read-only-root-fs",
  meta: {
    category: "security",
    severity: "warning",
    summary: "Containers should run with a read-only root filesystem.",
    rationale: "A writable root filesystem lets an attacker who gets code execution drop tools, alter binaries or configuration and persist until the container restarts. With readOnlyRootFilesystem: true, writes go only to the volumes the pod declares.",
    fix: "set securityContext.readOnlyRootFilesystem: true and mount an emptyDir where the program must write (/tmp, caches)",
    messages: {
      writable: 'container "{{container}}" sets readOnlyRootFilesystem: false',
      notSet: 'container "{{container}}" does not set readOnlyRootFilesystem: true'
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (!template || isWindowsPod(template)) return;
    for (const c of buildSecurityContexts(template)) {
      const value = c.context.readOnlyRootFilesystem;
      if (value === true) continue;
      report({
        messageId: value === false ? "writable" : "notSet",
        data: { container: c.container.name },
        path: c.reportPath("readOnlyRootFilesystem")
      });
    }
  }
});

// rules/require-readiness-probe.ts
var require_readiness_probe_default = createRule({
  id: "require-readiness-probe",
  meta: {
    category: "reliability",
    severity: "warning",
    summary: "Every app container of a long-running workload must have a readiness probe.",
    rationale: "Without a readiness probe a container counts as ready as soon as it starts: Services send it traffic before it can serve, and a rolling update moves on (and removes old pods) while new ones are still warming up or failing.",
    fix: "add a readinessProbe (httpGet on a health endpoint, tcpSocket, grpc or exec) that succeeds only when the container can serve",
    messages: {
      missing: 'container "{{container}}" has no readiness probe'
    },
    defaultOptions: {},
    kinds: LONG_RUNNING_KINDS
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (!template || runsToCompletion(template.spec)) return;
    for (const c of containersOf(template, ["containers"])) {
      if (c.container.readinessProbe !== void 0 && c.container.readinessProbe !== null) continue;
      report({ messageId: "missing", data: { container: c.name }, path: typeof c.container.name === "string" ? [...c.path, "name"] : c.path });
    }
  }
});

// rules/require-resource-requests.ts
var require_resource_requests_default = createRule({
  id: "require-resource-requests",
  meta: {
    category: "reliability",
    severity: "warning",
    summary: "Every container must request CPU and memory (directly, through a limit, or through a LimitRange default).",
    rationale: "The scheduler places pods by their requests. A container without requests is scheduled as if it needed nothing, so nodes get overcommitted, and its pod lands in the BestEffort or Burstable QoS class: first to be evicted under memory pressure.",
    fix: "set resources.requests.cpu and resources.requests.memory to what the container needs at steady load",
    messages: {
      missing: 'container "{{container}}" has no {{what}}'
    },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: {
        resources: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: true }
      }
    },
    defaultOptions: { resources: ["cpu", "memory"] },
    kinds: POD_SPEC_KINDS
  },
  check({ resource, index, options, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    const defaults = resource.namespace === null ? void 0 : containerDefaultsIn(index, resource.namespace);
    for (const c of containersOf(template)) {
      const missing = options.resources.filter(
        (r) => !hasResourceValue(c, "requests", r) && !hasResourceValue(c, "limits", r) && !defaults?.request(r)
      );
      if (missing.length === 0) continue;
      const what = `${missing.map(resourceLabel).join(" or ")} request`;
      report({ messageId: "missing", data: { container: c.name, what }, ...missingResourceAnchor(c, "requests") });
    }
  }
});

// rules/require-rolling-update.ts
var require_rolling_update_default = createRule({
  id: "require-rolling-update",
  meta: {
    category: "reliability",
    severity: "warning",
    summary: "Workloads should update with the RollingUpdate strategy, not Recreate or OnDelete; off by default.",
    rationale: "Recreate stops every pod of a Deployment before starting the new ones: each rollout is an outage. OnDelete DaemonSets and StatefulSets never update their pods until someone deletes them, so a new image in the manifest silently does nothing. Both are sometimes what you want (a singleton that must not run twice, a manual database upgrade), so this rule is opt-in.",
    fix: "use the RollingUpdate strategy (the default), or suppress the rule on workloads that must not run two versions at once",
    messages: {
      recreate: "this Deployment uses the Recreate strategy: every pod stops before the new ones start",
      onDelete: "this {{kind}} uses the OnDelete update strategy: pods keep the old template until someone deletes them"
    },
    defaultOptions: {},
    kinds: ["Deployment", "DaemonSet", "StatefulSet"],
    optIn: true
  },
  check({ resource, report }) {
    const spec = isObject(resource.object.spec) ? resource.object.spec : {};
    if (resource.kind === "Deployment") {
      if (isObject(spec.strategy) && spec.strategy.type === "Recreate") report({ messageId: "recreate", path: ["spec", "strategy", "type"] });
      return;
    }
    if (isObject(spec.updateStrategy) && spec.updateStrategy.type === "OnDelete") {
      report({ messageId: "onDelete", data: { kind: resource.kind }, path: ["spec", "updateStrategy", "type"] });
    }
  }
});

// rules/require-run-as-non-root.ts
var require_run_as_non_root_default = createRule({
  id: "require-run-as-non-root",
  meta: {
    category: "security",
    severity: "warning",
    summary: "Containers must not run as root: set runAsNonRoot: true or a runAsUser above 0.",
    rationale: "A process that is root inside the container is root on the node as soon as it escapes the container (a kernel or runtime bug, a hostPath mount, a capability). runAsNonRoot: true makes the kubelet refuse to start an image whose user is root; runAsUser picks the user. Pod Security Standards (restricted) require it.",
    fix: "set securityContext.runAsNonRoot: true (on the pod for every container) and, if the image runs as root, a runAsUser above 0",
    messages: {
      root: 'container "{{container}}" runs as root (runAsUser: 0)',
      podRoot: "runAsUser: 0 in the pod securityContext makes {{containers}} run as root",
      nonRootFalse: 'container "{{container}}" sets runAsNonRoot: false and no runAsUser above 0: it may run as root',
      podNonRootFalse: "runAsNonRoot: false in the pod securityContext lets {{containers}} run as root",
      missing: 'container "{{container}}" may run as root: neither runAsNonRoot: true nor a runAsUser above 0 is set on the container or the pod'
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    const windows = isWindowsPod(template);
    const inherited = /* @__PURE__ */ new Map();
    for (const c of buildSecurityContexts(template)) {
      const name = c.container.name;
      const user = c.runAsUser;
      const nonRoot = c.runAsNonRoot;
      let problem;
      if (user?.value === 0) {
        problem = { messageId: "root", podMessageId: "podRoot", path: user.path, pod: user.level === "pod" };
      } else if (user && user.value > 0 || nonRoot?.value === true) {
        continue;
      } else if (windows && c.windowsRunAsUserName && c.windowsRunAsUserName.value !== "ContainerAdministrator") {
        continue;
      } else if (nonRoot?.value === false) {
        problem = { messageId: "nonRootFalse", podMessageId: "podNonRootFalse", path: nonRoot.path, pod: nonRoot.level === "pod" };
      } else {
        report({ messageId: "missing", data: { container: name }, path: c.reportPath("runAsNonRoot") });
        continue;
      }
      if (!problem.pod) {
        report({ messageId: problem.messageId, data: { container: name }, path: problem.path });
        continue;
      }
      const key = formatPath(problem.path);
      const group = inherited.get(key);
      if (group) group.names.push(name);
      else inherited.set(key, { messageId: problem.podMessageId, path: problem.path, names: [name] });
    }
    for (const { messageId, path, names: names2 } of inherited.values()) {
      report({ messageId, data: { containers: formatContainerNames(names2) }, path });
    }
  }
});

// rules/require-seccomp-profile.ts
var CONFINED = /* @__PURE__ */ new Set(["RuntimeDefault", "Localhost"]);
var require_seccomp_profile_default = createRule({
  id: "require-seccomp-profile",
  meta: {
    category: "security",
    severity: "warning",
    summary: "Containers should run with a seccomp profile (RuntimeDefault or Localhost).",
    rationale: "Without a seccomp profile a container may call every system call of the kernel, including the rarely used ones where most kernel exploits live. The runtime default profile blocks them and breaks almost nothing. Pod Security Standards (restricted) require RuntimeDefault or Localhost.",
    fix: "set securityContext.seccompProfile.type: RuntimeDefault on the pod (it covers every container)",
    messages: {
      missing: 'container "{{container}}" has no seccomp profile (set seccompProfile.type: RuntimeDefault on the pod or the container)',
      unconfined: 'container "{{container}}" runs with seccomp profile Unconfined',
      podUnconfined: "seccompProfile Unconfined in the pod securityContext leaves {{containers}} without seccomp"
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
    optIn: true
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (!template || isWindowsPod(template)) return;
    const inherited = /* @__PURE__ */ new Map();
    for (const c of buildSecurityContexts(template)) {
      const type = c.seccompProfileType;
      if (type && CONFINED.has(type.value)) continue;
      const name = c.container.name;
      if (!type) {
        report({ messageId: "missing", data: { container: name }, path: c.reportPath("seccompProfile") });
      } else if (type.level === "container") {
        report({ messageId: "unconfined", data: { container: name }, path: type.path });
      } else {
        const key = formatPath(type.path);
        const group = inherited.get(key);
        if (group) group.names.push(name);
        else inherited.set(key, { path: type.path, names: [name] });
      }
    }
    for (const { path, names: names2 } of inherited.values()) {
      report({ messageId: "podUnconfined", data: { containers: formatContainerNames(names2) }, path });
    }
  }
});

// src/index/data-keys.ts
var SERVICE_ACCOUNT_TOKEN_KEYS = ["ca.crt", "namespace", "token"];
function dataKeysOf(resource) {
  const fields = resource.kind === "Secret" ? ["data", "stringData"] : ["data", "binaryData"];
  const keys = /* @__PURE__ */ new Set();
  for (const field of fields) {
    const data = resource.object[field];
    if (isObject(data)) for (const key of Object.keys(data)) keys.add(key);
  }
  if (resource.kind === "Secret" && resource.object.type === "kubernetes.io/service-account-token") {
    for (const key of SERVICE_ACCOUNT_TOKEN_KEYS) keys.add(key);
  }
  return [...keys].sort();
}
function implicitDataKeys(kind, name) {
  return kind === "ConfigMap" && name === "kube-root-ca.crt" ? ["ca.crt"] : void 0;
}

// src/index/find-target.ts
function findTarget(index, from, kind, namespace, name) {
  const first = index.get(kind, namespace, name);
  if (!first) return void 0;
  const others = index.sameIdentity(first);
  if (others.length === 0) return first;
  let best = first;
  let bestScore = closeness(from.file, first.file);
  for (const candidate of others) {
    const score = closeness(from.file, candidate.file);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
function closeness(a, b) {
  if (a === b) return Infinity;
  const pa = a.split("/");
  const pb = b.split("/");
  let shared = 0;
  while (shared < pa.length - 1 && shared < pb.length - 1 && pa[shared] === pb[shared]) shared++;
  return shared;
}

// src/core/suggest.ts
function editDistance(a, b, max = Infinity) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous2 = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2] + 1);
      current.push(value);
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length];
}
function suggestName(name, candidates) {
  const lower = name.toLowerCase();
  const max = Math.min(3, Math.max(1, Math.ceil(name.length / 3)));
  let best;
  let bestDistance = max + 1;
  for (const candidate of [...candidates].sort()) {
    if (candidate === name) continue;
    if (candidate.toLowerCase() === lower) return candidate;
    const d = editDistance(lower, candidate.toLowerCase(), max);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

// src/index/near-miss.ts
var names = /* @__PURE__ */ new WeakMap();
var results = /* @__PURE__ */ new WeakMap();
function findNearMiss(index, kind, namespace, name) {
  let cache6 = results.get(index);
  if (!cache6) results.set(index, cache6 = /* @__PURE__ */ new Map());
  const key = `${kind}\0${namespace ?? ""}\0${name}`;
  const cached = cache6.get(key);
  if (cached) return cached;
  const { byNamespace, byName } = namesOf(index, kind);
  const sameNamespace = byNamespace.get(namespace ?? "") ?? /* @__PURE__ */ new Map();
  const suggestion = suggestName(name, sameNamespace.keys());
  let result = { hint: "" };
  if (suggestion !== void 0) {
    result = { hint: ` (did you mean "${suggestion}"?)`, resource: sameNamespace.get(suggestion), suggestion };
  } else {
    const elsewhere = byName.get(name);
    if (elsewhere && elsewhere.namespace !== namespace) {
      result = { hint: ` (one exists in namespace ${elsewhere.namespace ?? "(cluster)"})`, resource: elsewhere };
    }
  }
  cache6.set(key, result);
  return result;
}
function namesOf(index, kind) {
  let perKind = names.get(index);
  if (!perKind) names.set(index, perKind = /* @__PURE__ */ new Map());
  let entry = perKind.get(kind);
  if (entry) return entry;
  entry = { byNamespace: /* @__PURE__ */ new Map(), byName: /* @__PURE__ */ new Map() };
  for (const r of index.byKind(kind)) {
    if (r.name === "") continue;
    let inNamespace = entry.byNamespace.get(r.namespace ?? "");
    if (!inNamespace) entry.byNamespace.set(r.namespace ?? "", inNamespace = /* @__PURE__ */ new Map());
    if (!inNamespace.has(r.name)) inNamespace.set(r.name, r);
    if (!entry.byName.has(r.name)) entry.byName.set(r.name, r);
  }
  perKind.set(kind, entry);
  return entry;
}
function findClosestTemplate(templates, selector) {
  let best;
  let bestScore = 0;
  for (const entry of templates) {
    let score = 0;
    for (const [k, v] of Object.entries(selector.matchLabels)) {
      if (entry.labels[k] === v) score += 2;
      else if (Object.prototype.hasOwnProperty.call(entry.labels, k)) score += 1;
    }
    for (const e of selector.expressions) {
      const has = Object.prototype.hasOwnProperty.call(entry.labels, e.key);
      if (e.operator === "In" && has && e.values.includes(entry.labels[e.key])) score += 2;
      else if (has) score += 1;
    }
    if (score > bestScore) {
      best = entry;
      bestScore = score;
    }
  }
  return best;
}

// rules/valid-configmap-ref.ts
var valid_configmap_ref_default = createRule({
  id: "valid-configmap-ref",
  meta: {
    category: "correctness",
    severity: "error",
    summary: "Every ConfigMap a pod refers to exists, with every key it asks for.",
    rationale: "A pod that refers to a missing ConfigMap, or to a key the ConfigMap lacks, never starts: the kubelet reports CreateContainerConfigError (env) or the volume never mounts (ContainerCreating), and nothing tells the author at apply time. References marked optional: true are allowed to be missing.",
    fix: "create the ConfigMap (or add the key), fix the name, or mark the reference optional: true",
    messages: {
      missing: 'ConfigMap "{{name}}" not found in namespace {{namespace}}{{hint}}',
      missingKey: 'ConfigMap "{{name}}" has no key "{{key}}" (keys: {{keys}})'
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS
  },
  check({ resource, index, report }) {
    for (const ref of index.referencesFrom(resource)) {
      if (ref.kind !== "ConfigMap") continue;
      const severity = ref.optional ? "info" : void 0;
      const namespace = ref.namespace ?? "";
      const target = findTarget(index, resource, "ConfigMap", ref.namespace, ref.name);
      const keys = target ? dataKeysOf(target) : implicitDataKeys("ConfigMap", ref.name);
      if (keys === void 0) {
        if (index.isImplicit("ConfigMap", ref.namespace, ref.name)) continue;
        const near = findNearMiss(index, "ConfigMap", ref.namespace, ref.name);
        report({
          messageId: "missing",
          data: { name: ref.name, namespace, hint: near.hint },
          path: ref.path,
          severity,
          fix: near.suggestion ? `use "${near.suggestion}", or create ConfigMap "${ref.name}" in namespace ${namespace}` : `create ConfigMap "${ref.name}" in namespace ${namespace}, fix the name, or mark the reference optional: true`,
          related: near.resource ? [{ resource: near.resource, path: ["metadata", "name"], message: formatRef(near.resource.ref) }] : []
        });
        continue;
      }
      for (const { key, path } of ref.keys) {
        if (keys.includes(key)) continue;
        report({
          messageId: "missingKey",
          data: { name: ref.name, key, keys: keys.join(", ") || "<none>" },
          path,
          severity,
          fix: `use one of the existing keys, or add "${key}" to the ConfigMap`,
          related: target ? [{ resource: target, path: ["metadata", "name"], message: `${formatRef(target.ref)} (keys: ${keys.join(", ") || "<none>"})` }] : []
        });
      }
    }
  }
});

// rules/valid-hpa-replicas.ts
var valid_hpa_replicas_default = createRule({
  id: "valid-hpa-replicas",
  meta: {
    category: "correctness",
    severity: "error",
    summary: "A HorizontalPodAutoscaler needs 1 ≤ minReplicas ≤ maxReplicas.",
    rationale: 'The API server rejects an autoscaler whose maxReplicas is below minReplicas ("must be greater than or equal to `minReplicas`") or below 1, and a minReplicas of 0 unless the HPAScaleToZero feature gate (alpha) is on.',
    fix: "set minReplicas (default 1) no higher than maxReplicas",
    messages: {
      minAboveMax: "maxReplicas {{max}} is below minReplicas {{min}}",
      maxBelowOne: "maxReplicas {{max}} must be at least 1",
      minZero: "minReplicas 0 is rejected unless the alpha HPAScaleToZero feature gate is enabled"
    },
    defaultOptions: {},
    kinds: ["HorizontalPodAutoscaler"]
  },
  check({ resource, report }) {
    const spec = isObject(resource.object.spec) ? resource.object.spec : void 0;
    if (!spec) return;
    const min = typeof spec.minReplicas === "number" ? spec.minReplicas : void 0;
    const max = typeof spec.maxReplicas === "number" ? spec.maxReplicas : void 0;
    if (min === 0) report({ messageId: "minZero", path: ["spec", "minReplicas"] });
    if (max === void 0) return;
    if (max < 1) report({ messageId: "maxBelowOne", data: { max }, path: ["spec", "maxReplicas"] });
    else if (max < (min ?? 1)) report({ messageId: "minAboveMax", data: { min: min ?? 1, max }, path: ["spec", "maxReplicas"] });
  }
});

// rules/valid-hpa-target.ts
var SCALABLE_BUILTINS = /* @__PURE__ */ new Set(["Deployment", "ReplicaSet", "StatefulSet", "ReplicationController"]);
var valid_hpa_target_default = createRule({
  id: "valid-hpa-target",
  meta: {
    category: "correctness",
    severity: "error",
    summary: "A HorizontalPodAutoscaler's scaleTargetRef names an existing object that can be scaled.",
    rationale: "An autoscaler whose target does not exist, or names the wrong API group, reports FailedGetScale and never scales anything; a target without a scale subresource (a DaemonSet, a Job, a custom resource whose CRD has no subresources.scale) cannot be autoscaled at all. The API server accepts both.",
    fix: "point scaleTargetRef at the Deployment, StatefulSet or ReplicaSet to scale, with its apiVersion and kind",
    messages: {
      missing: 'scaleTargetRef {{kind}} "{{name}}" not found in namespace {{namespace}}{{hint}}',
      wrongGroup: 'scaleTargetRef.apiVersion "{{apiVersion}}" does not match {{kind}} "{{name}}" ({{actual}})',
      notScalable: '{{kind}} "{{name}}" cannot be autoscaled: it has no scale subresource'
    },
    defaultOptions: {},
    kinds: ["HorizontalPodAutoscaler"]
  },
  check({ object, resource, index, report }) {
    const spec = isObject(object.spec) ? object.spec : {};
    const targetRef = isObject(spec.scaleTargetRef) ? spec.scaleTargetRef : {};
    for (const ref of index.referencesFrom(resource)) {
      if (ref.kind !== "ScaleTarget") continue;
      const kind = ref.targetKind;
      const namespace = ref.namespace ?? "";
      const apiVersion = typeof targetRef.apiVersion === "string" ? targetRef.apiVersion : void 0;
      const wantedGroup = apiVersion !== void 0 ? splitApiVersion(apiVersion).group : void 0;
      const target = findTarget(index, resource, kind, ref.namespace, ref.name);
      if (!target) {
        const near = findNearMiss(index, kind, ref.namespace, ref.name);
        report({
          messageId: "missing",
          data: { kind, name: ref.name, namespace, hint: near.hint },
          path: ref.path,
          related: near.resource ? [{ resource: near.resource, path: ["metadata", "name"], message: formatRef(near.resource.ref) }] : []
        });
        continue;
      }
      const related2 = [{ resource: target, path: ["metadata", "name"], message: `${formatRef(target.ref)} (${target.apiVersion})` }];
      if (wantedGroup !== void 0 && wantedGroup !== target.group) {
        report({
          messageId: "wrongGroup",
          data: { apiVersion, kind, name: ref.name, actual: target.apiVersion },
          path: ["spec", "scaleTargetRef", "apiVersion"],
          related: related2
        });
        continue;
      }
      if (!isScalable(index, target)) {
        report({ messageId: "notScalable", data: { kind, name: ref.name }, path: ["spec", "scaleTargetRef", "kind"], related: related2 });
      }
    }
  }
});
function isScalable(index, target) {
  if (isBuiltinGroup(target.group)) return SCALABLE_BUILTINS.has(target.kind);
  for (const crd of index.byKind("CustomResourceDefinition")) {
    const spec = isObject(crd.object.spec) ? crd.object.spec : {};
    const names2 = isObject(spec.names) ? spec.names : {};
    if (spec.group !== target.group || names2.kind !== target.kind) continue;
    return asArray(spec.versions).some((v) => isObject(v) && isObject(v.subresources) && isObject(v.subresources.scale));
  }
  return true;
}

// rules/valid-ingress-backend.ts
var valid_ingress_backend_default = createRule({
  id: "valid-ingress-backend",
  meta: {
    category: "correctness",
    severity: "error",
    summary: "Ingress backends name an existing Service and a port that Service exposes.",
    rationale: "An Ingress backend whose Service does not exist, or whose port (by number or by name) the Service does not expose, answers 503 (ingress-nginx) or 502 for every request on that path, and the API server accepts it without a word.",
    fix: "point the backend at an existing Service and one of its ports (spec.ports[].port or .name)",
    messages: {
      missingService: 'Service "{{name}}" not found in namespace {{namespace}}{{hint}}',
      missingPort: 'Service "{{name}}" has no port {{port}} (ports: {{ports}})'
    },
    defaultOptions: {},
    kinds: ["Ingress"]
  },
  check({ resource, index, report }) {
    for (const ref of index.referencesFrom(resource)) {
      if (ref.kind !== "Service" || ref.via !== "ingress backend") continue;
      const service = findTarget(index, resource, "Service", ref.namespace, ref.name);
      if (!service) {
        if (index.isImplicit("Service", ref.namespace, ref.name)) continue;
        const near = findNearMiss(index, "Service", ref.namespace, ref.name);
        report({
          messageId: "missingService",
          data: { name: ref.name, namespace: ref.namespace ?? "", hint: near.hint },
          path: ref.path,
          related: near.resource ? [{ resource: near.resource, path: ["metadata", "name"], message: formatRef(near.resource.ref) }] : []
        });
        continue;
      }
      if (!ref.port) continue;
      const spec = isObject(service.object.spec) ? service.object.spec : {};
      const ports = asArray(spec.ports).filter(isObject);
      if (spec.type === "ExternalName" && ports.length === 0) continue;
      const wanted = ref.port.value;
      const found = ports.some((p) => typeof wanted === "number" ? p.port === wanted : p.name === wanted);
      if (found) continue;
      const listed = ports.map((p) => typeof p.name === "string" && p.name !== "" ? `${p.name}/${String(p.port)}` : String(p.port)).join(", ");
      report({
        messageId: "missingPort",
        data: { name: ref.name, port: typeof wanted === "number" ? wanted : `named "${wanted}"`, ports: listed || "<none>" },
        path: ref.port.path,
        related: [{ resource: service, path: ["spec", "ports"], message: `${formatRef(service.ref)} ports` }]
      });
    }
  }
});

// rules/valid-labels.ts
var ANNOTATIONS_LIMIT = 256 * 1024;
var OPERATORS = /* @__PURE__ */ new Set(["In", "NotIn", "Exists", "DoesNotExist"]);
var valid_labels_default = createRule({
  id: "valid-labels",
  meta: {
    category: "correctness",
    severity: "error",
    summary: "Label and annotation keys, label values and selectors have valid syntax.",
    rationale: 'The API server rejects an object whose label or annotation keys are not qualified names ([prefix/]name, the name at most 63 characters of alphanumerics, "-", "_" and "."), whose label values are longer than 63 characters or contain other characters, or whose annotations exceed 256 KiB in total. The same syntax applies to label selectors, node selectors and matchExpressions, where In and NotIn need values and Exists and DoesNotExist take none. The schemas cannot express any of this.',
    fix: 'use keys like "app.kubernetes.io/name" and values of at most 63 alphanumerics, "-", "_" or "."',
    messages: {
      invalidKey: '{{what}} key "{{key}}" is invalid: {{problems}}',
      invalidValue: '{{what}} value "{{value}}" of "{{key}}" is invalid: {{problems}}',
      annotationsTooLarge: "annotations take {{size}} bytes in total, more than the limit of 262144 (256 KiB)",
      invalidOperator: 'operator "{{operator}}" is not one of In, NotIn, Exists, DoesNotExist',
      valuesRequired: "operator {{operator}} needs at least one value",
      valuesForbidden: "operator {{operator}} takes no values"
    },
    defaultOptions: {}
  },
  check({ object, resource, report }) {
    const checker = {
      report: (messageId, data, path, target = "value") => report({ messageId, data, path, target })
    };
    checkMetadata(checker, object.metadata, ["metadata"]);
    const spec = isObject(object.spec) ? object.spec : {};
    if (SELECTOR_WORKLOAD_KINDS.has(resource.kind) || resource.kind === "PodDisruptionBudget") {
      checkLabelSelector(checker, spec.selector, ["spec", "selector"]);
    } else if (resource.kind === "Service" || resource.kind === "ReplicationController") {
      checkMap(checker, "selector", spec.selector, ["spec", "selector"], true);
    } else if (resource.kind === "NetworkPolicy") {
      checkLabelSelector(checker, spec.podSelector, ["spec", "podSelector"]);
      for (const [direction, peers] of [["ingress", "from"], ["egress", "to"]]) {
        asArray(spec[direction]).forEach((rule, r) => {
          if (!isObject(rule)) return;
          asArray(rule[peers]).forEach((peer, p) => {
            if (!isObject(peer)) return;
            for (const field of ["podSelector", "namespaceSelector"]) {
              checkLabelSelector(checker, peer[field], ["spec", direction, r, peers, p, field]);
            }
          });
        });
      }
    }
    if (resource.kind === "CronJob" && isObject(spec.jobTemplate)) {
      checkMetadata(checker, spec.jobTemplate.metadata, ["spec", "jobTemplate", "metadata"]);
    }
    const template = podTemplateOf(resource);
    if (template) {
      if (template.path.length > 0) checkMetadata(checker, template.metadata, [...template.path, "metadata"]);
      checkPodSpec(checker, template.spec, template.specPath);
    }
    if (resource.kind === "StatefulSet") {
      asArray(spec.volumeClaimTemplates).forEach((t, i) => {
        if (isObject(t)) checkMetadata(checker, t.metadata, ["spec", "volumeClaimTemplates", i, "metadata"]);
      });
    }
  }
});
function checkMetadata(checker, metadata, at) {
  if (!isObject(metadata)) return;
  checkMap(checker, "label", metadata.labels, [...at, "labels"], true);
  checkMap(checker, "annotation", metadata.annotations, [...at, "annotations"], false);
  const annotations = metadata.annotations;
  if (!isObject(annotations)) return;
  let chars = 0;
  for (const [k, v] of Object.entries(annotations)) chars += k.length + (typeof v === "string" ? v.length : 0);
  if (chars * 3 <= ANNOTATIONS_LIMIT) return;
  let bytes2 = 0;
  for (const [k, v] of Object.entries(annotations)) bytes2 += utf8Length(k) + (typeof v === "string" ? utf8Length(v) : 0);
  if (bytes2 > ANNOTATIONS_LIMIT) checker.report("annotationsTooLarge", { size: bytes2 }, [...at, "annotations"], "key");
}
function checkMap(checker, what, map, at, values) {
  if (!isObject(map)) return;
  for (const [key, value] of Object.entries(map)) {
    const keyProblems = checkQualifiedName(key);
    if (keyProblems.length > 0) checker.report("invalidKey", { what, key, problems: keyProblems.join("; ") }, [...at, key], "key");
    if (!values || typeof value !== "string") continue;
    const valueProblems = checkLabelValue(value);
    if (valueProblems.length > 0) checker.report("invalidValue", { what, key, value, problems: valueProblems.join("; ") }, [...at, key]);
  }
}
function checkLabelSelector(checker, selector, at) {
  if (!isObject(selector)) return;
  checkMap(checker, "selector", selector.matchLabels, [...at, "matchLabels"], true);
  asArray(selector.matchExpressions).forEach((e, i) => {
    if (!isObject(e)) return;
    const path = [...at, "matchExpressions", i];
    if (typeof e.key === "string") {
      const problems = checkQualifiedName(e.key);
      if (problems.length > 0) checker.report("invalidKey", { what: "selector", key: e.key, problems: problems.join("; ") }, [...path, "key"]);
    }
    const operator = e.operator;
    if (typeof operator !== "string") return;
    if (!OPERATORS.has(operator)) {
      checker.report("invalidOperator", { operator }, [...path, "operator"]);
      return;
    }
    const list = asArray(e.values);
    if ((operator === "In" || operator === "NotIn") && list.length === 0) {
      checker.report("valuesRequired", { operator }, Array.isArray(e.values) ? [...path, "values"] : [...path, "operator"]);
    } else if ((operator === "Exists" || operator === "DoesNotExist") && list.length > 0) {
      checker.report("valuesForbidden", { operator }, [...path, "values"]);
    }
    list.forEach((value, j) => {
      if (typeof value !== "string") return;
      const problems = checkLabelValue(value);
      const key = typeof e.key === "string" ? e.key : "";
      if (problems.length > 0) checker.report("invalidValue", { what: "selector", key, value, problems: problems.join("; ") }, [...path, "values", j]);
    });
  });
}
function checkPodSpec(checker, spec, at) {
  checkMap(checker, "nodeSelector", spec.nodeSelector, [...at, "nodeSelector"], true);
  asArray(spec.topologySpreadConstraints).forEach((c, i) => {
    if (isObject(c)) checkLabelSelector(checker, c.labelSelector, [...at, "topologySpreadConstraints", i, "labelSelector"]);
  });
  const affinity = isObject(spec.affinity) ? spec.affinity : {};
  for (const kind of ["podAffinity", "podAntiAffinity"]) {
    const a = affinity[kind];
    if (!isObject(a)) continue;
    const base = [...at, "affinity", kind];
    asArray(a.requiredDuringSchedulingIgnoredDuringExecution).forEach((term, i) => {
      checkTerm(checker, term, [...base, "requiredDuringSchedulingIgnoredDuringExecution", i]);
    });
    asArray(a.preferredDuringSchedulingIgnoredDuringExecution).forEach((w, i) => {
      if (isObject(w)) checkTerm(checker, w.podAffinityTerm, [...base, "preferredDuringSchedulingIgnoredDuringExecution", i, "podAffinityTerm"]);
    });
  }
}
function checkTerm(checker, term, at) {
  if (!isObject(term)) return;
  checkLabelSelector(checker, term.labelSelector, [...at, "labelSelector"]);
  checkLabelSelector(checker, term.namespaceSelector, [...at, "namespaceSelector"]);
}
function utf8Length(text2) {
  let bytes2 = 0;
  for (let i = 0; i < text2.length; i++) {
    const code = text2.charCodeAt(i);
    if (code < 128) bytes2 += 1;
    else if (code < 2048) bytes2 += 2;
    else if (code >= 55296 && code <= 56319) {
      bytes2 += 4;
      i++;
    } else bytes2 += 3;
  }
  return bytes2;
}

// rules/valid-name.ts
var NAME_CHECKS = {
  Namespace: checkDns1123Label,
  Service: checkDns1035Label,
  Role: checkPathSegmentName,
  ClusterRole: checkPathSegmentName,
  RoleBinding: checkPathSegmentName,
  ClusterRoleBinding: checkPathSegmentName
};
var MAX_LENGTH = {
  Job: { max: 63, why: "the Job controller puts the name in the batch.kubernetes.io/job-name label of its pods" },
  CronJob: { max: 52, why: "the CronJob controller appends an 11-character suffix for its Jobs" },
  StatefulSet: { max: 52, why: "the pods' controller-revision-hash label (name plus an 11-character hash) would exceed 63 characters" }
};
var valid_name_default = createRule({
  id: "valid-name",
  meta: {
    category: "correctness",
    severity: "error",
    summary: "Object, container, volume and port names are present and valid for their kind.",
    rationale: 'The API server rejects an object without a name (and without generateName), and a name that is not valid for its kind: a DNS-1123 subdomain for most kinds, a DNS-1123 label for Namespaces, a DNS-1035 label for Services, a path segment for RBAC objects, "<plural>.<group>" for a CustomResourceDefinition. Container and volume names must be unique DNS-1123 labels, container port names valid IANA service names, and Service port names unique DNS-1123 labels, present when the Service has several ports. Some names also end up in labels of the pods a controller creates, which caps their length.',
    fix: 'use lowercase letters, digits and "-" (and "." where a subdomain is allowed), starting and ending with a letter or digit',
    messages: {
      missingName: "metadata.name is missing (and there is no metadata.generateName)",
      invalidName: '{{what}} "{{name}}" is invalid: {{problems}}{{hint}}',
      tooLong: "{{kind}} name is {{length}} characters, more than {{max}}: {{why}}",
      crdName: 'CustomResourceDefinition name must be "{{expected}}" (spec.names.plural + "." + spec.group)',
      crdPlural: 'spec.names.plural "{{plural}}" is invalid: {{problems}}',
      apiServiceName: 'APIService name must be "{{expected}}" (spec.version + "." + spec.group)',
      duplicateName: '{{what}} "{{name}}" is used more than once',
      duplicatePortName: 'port name "{{name}}" is used more than once in container "{{container}}"',
      missingPortName: "Service port needs a name: the Service has more than one port"
    },
    defaultOptions: {}
  },
  check({ object, resource, report }) {
    const metadata = isObject(object.metadata) ? object.metadata : void 0;
    const name = metadata?.name;
    const valid = (what, value, check, path) => {
      const problems = check(value);
      if (problems.length === 0) return true;
      const suggestion = suggestValidName(value);
      const usable = suggestion !== void 0 && suggestion !== value && check(suggestion).length === 0;
      report({
        messageId: "invalidName",
        data: { what, name: value, problems: problems.join("; "), hint: usable ? `; try "${suggestion}"` : "" },
        path
      });
      return false;
    };
    const invalid = (what, value, check, path) => void valid(what, value, check, path);
    if (typeof name !== "string" || name === "") {
      const generateName = metadata?.generateName;
      if (typeof generateName === "string" && generateName !== "") {
        const check = NAME_CHECKS[resource.kind] ?? checkDns1123Subdomain;
        const prefixCheck = (v) => check(v.endsWith("-") ? `${v.slice(0, -1)}a` : v);
        invalid("generateName", generateName, prefixCheck, ["metadata", "generateName"]);
      } else if ((name === void 0 || name === null || name === "") && !isConfigFileKind(resource.group, resource.kind)) {
        report({ messageId: "missingName", path: ["metadata"], target: "key" });
      }
    } else {
      const check = NAME_CHECKS[resource.kind] ?? checkDns1123Subdomain;
      if (valid("name", name, check, ["metadata", "name"])) checkKindSpecificName(resource.kind, name, object, report);
    }
    const namespace = metadata?.namespace;
    if (typeof namespace === "string" && namespace !== "") {
      invalid("namespace", namespace, checkDns1123Label, ["metadata", "namespace"]);
    }
    if (resource.kind === "Service") checkServicePorts(object, report, invalid);
    const template = podTemplateOf(resource);
    if (!template) return;
    const seen = /* @__PURE__ */ new Set();
    for (const c of containersOf(template, ["containers", "initContainers", "ephemeralContainers"])) {
      if (typeof c.container.name === "string") {
        if (valid("container name", c.name, checkDns1123Label, [...c.path, "name"]) && seen.has(c.name)) {
          report({ messageId: "duplicateName", data: { what: "container name", name: c.name }, path: [...c.path, "name"] });
        }
        seen.add(c.name);
      }
      const portNames = /* @__PURE__ */ new Set();
      for (const port of portsOf(c)) {
        if (port.name === void 0 || port.name === "") continue;
        if (!valid("port name", port.name, checkPortName, [...port.path, "name"])) continue;
        if (portNames.has(port.name)) {
          report({ messageId: "duplicatePortName", data: { name: port.name, container: c.name }, path: [...port.path, "name"] });
        }
        portNames.add(port.name);
      }
    }
    const volumes = /* @__PURE__ */ new Set();
    for (const v of volumesOf(template)) {
      if (typeof v.volume.name !== "string") continue;
      if (!valid("volume name", v.name, checkDns1123Label, [...v.path, "name"])) continue;
      if (volumes.has(v.name)) report({ messageId: "duplicateName", data: { what: "volume name", name: v.name }, path: [...v.path, "name"] });
      volumes.add(v.name);
    }
  }
});
function checkKindSpecificName(kind, name, object, report) {
  const limit = MAX_LENGTH[kind];
  if (limit && name.length > limit.max) {
    report({ messageId: "tooLong", data: { kind, length: name.length, max: limit.max, why: limit.why }, path: ["metadata", "name"] });
  }
  const spec = isObject(object.spec) ? object.spec : {};
  if (kind === "CustomResourceDefinition") {
    const plural4 = isObject(spec.names) ? spec.names.plural : void 0;
    if (typeof plural4 !== "string") return;
    const problems = checkDns1035Label(plural4);
    if (problems.length > 0) {
      report({ messageId: "crdPlural", data: { plural: plural4, problems: problems.join("; ") }, path: ["spec", "names", "plural"] });
    } else if (typeof spec.group === "string" && name !== `${plural4}.${spec.group}`) {
      report({ messageId: "crdName", data: { expected: `${plural4}.${spec.group}` }, path: ["metadata", "name"] });
    }
  } else if (kind === "APIService") {
    if (typeof spec.version === "string" && typeof spec.group === "string") {
      const expected = spec.group === "" ? spec.version : `${spec.version}.${spec.group}`;
      if (name !== expected) report({ messageId: "apiServiceName", data: { expected }, path: ["metadata", "name"] });
    }
  }
}
function checkServicePorts(object, report, invalid) {
  const spec = isObject(object.spec) ? object.spec : {};
  const ports = asArray(spec.ports);
  const names2 = /* @__PURE__ */ new Set();
  ports.forEach((port, i) => {
    if (!isObject(port)) return;
    const at = ["spec", "ports", i];
    if (typeof port.name !== "string" || port.name === "") {
      if (ports.length > 1) report({ messageId: "missingPortName", path: at });
      return;
    }
    if (checkDns1123Label(port.name).length > 0) invalid("Service port name", port.name, checkDns1123Label, [...at, "name"]);
    else if (names2.has(port.name)) report({ messageId: "duplicateName", data: { what: "Service port name", name: port.name }, path: [...at, "name"] });
    names2.add(port.name);
  });
}
var INVALID_CHARS = /[^a-z0-9.-]+/g;
function suggestValidName(name) {
  const candidate = name.toLowerCase().replace(INVALID_CHARS, "-").replace(/-{2,}/g, "-").replace(/^[-.]+|[-.]+$/g, "");
  return candidate === "" ? void 0 : candidate;
}

// rules/valid-network-policy-selector.ts
var valid_network_policy_selector_default = createRule({
  id: "valid-network-policy-selector",
  meta: {
    category: "correctness",
    severity: "warning",
    summary: "A NetworkPolicy's podSelector matches at least one pod template in the input.",
    rationale: "A NetworkPolicy applies to the pods its spec.podSelector matches. One whose selector matches nothing isolates nothing, so the traffic it was written to restrict (or allow) flows as before. An empty podSelector selects every pod of the namespace and is not reported.",
    fix: "make spec.podSelector match the pod template labels of the pods the policy is for",
    messages: {
      noMatch: "NetworkPolicy podSelector {{selector}} matches no pod template in namespace {{namespace}}{{hint}}"
    },
    defaultOptions: {},
    kinds: ["NetworkPolicy"]
  },
  check({ object, resource, index, report }) {
    const spec = isObject(object.spec) ? object.spec : void 0;
    const namespace = resource.namespace;
    if (!spec || namespace === null) return;
    const selector = parseLabelSelector(spec.podSelector);
    if (!selector || isEmptySelector(selector)) return;
    if (index.podTemplatesMatching(namespace, selector).length > 0) return;
    const closest = findClosestTemplate(index.podTemplates(namespace), selector);
    report({
      messageId: "noMatch",
      data: {
        selector: formatSelector(selector),
        namespace,
        hint: closest ? ` (closest: ${closest.resource.kind} ${closest.resource.name} with ${formatLabels(closest.labels)})` : ""
      },
      path: ["spec", "podSelector"],
      related: closest ? [{ resource: closest.resource, path: [...closest.template.path, "metadata", "labels"], message: `${closest.resource.kind} ${closest.resource.name}: pod template labels` }] : []
    });
  }
});

// rules/valid-node-port.ts
var RANGE = /^(\d+)([-+])(\d+)$/;
var ALLOCATING_TYPES = /* @__PURE__ */ new Set(["NodePort", "LoadBalancer"]);
var valid_node_port_default = createRule({
  id: "valid-node-port",
  meta: {
    category: "correctness",
    severity: "error",
    summary: "A Service nodePort lies in the NodePort range, is used once, and only on NodePort or LoadBalancer Services.",
    rationale: `The API server rejects a nodePort outside the cluster's --service-node-port-range (30000-32767 unless configured otherwise), a nodePort that another Service already holds ("provided port is already allocated", whatever the protocol), and a nodePort on a ClusterIP Service (the default type). Each of these fails the apply of the whole manifest set.`,
    fix: "pick a free nodePort inside the range, or leave nodePort out and let the cluster allocate one",
    messages: {
      outOfRange: "nodePort {{port}} is outside the NodePort range {{range}}",
      duplicate: "nodePort {{port}} is also used by {{other}}",
      notNodePortType: "nodePort {{port}} is set on a {{type}} Service; only NodePort and LoadBalancer Services have node ports"
    },
    optionsSchema: {
      type: "object",
      properties: {
        range: {
          type: "string",
          pattern: "^[0-9]+[-+][0-9]+$",
          description: `The cluster's --service-node-port-range: "first-last" or "first+size"`
        }
      },
      additionalProperties: false
    },
    defaultOptions: { range: "30000-32767" },
    kinds: ["Service"]
  },
  check({ object, resource, index, options, report }) {
    const spec = isObject(object.spec) ? object.spec : void 0;
    if (!spec) return;
    const type = typeof spec.type === "string" ? spec.type : "ClusterIP";
    const [first, last] = parseRange(options.range);
    const uses = ALLOCATING_TYPES.has(type) ? nodePortUses(index) : void 0;
    asArray(spec.ports).forEach((port, i) => {
      if (!isObject(port) || typeof port.nodePort !== "number" || port.nodePort === 0) return;
      const nodePort = port.nodePort;
      const path = ["spec", "ports", i, "nodePort"];
      if (!uses) {
        report({ messageId: "notNodePortType", data: { port: nodePort, type }, path, fix: "remove nodePort, or set spec.type: NodePort" });
        return;
      }
      if (nodePort < first || nodePort > last) {
        report({ messageId: "outOfRange", data: { port: nodePort, range: `${first}-${last}` }, path });
      }
      const protocol = typeof port.protocol === "string" ? port.protocol : "TCP";
      const clashes = (uses.get(nodePort) ?? []).filter(
        (u) => u.resource === resource ? u.path[2] !== i && u.protocol === protocol : u.resource.key !== resource.key
      );
      if (clashes.length === 0) return;
      const other = clashes[0];
      report({
        messageId: "duplicate",
        data: { port: nodePort, other: other.resource === resource ? `spec.ports[${other.path[2]}] of this Service` : formatRef(other.resource.ref) },
        path,
        related: clashes.map((c) => ({ resource: c.resource, path: c.path, message: `nodePort ${nodePort} in ${formatRef(c.resource.ref)}` }))
      });
    });
  }
});
function parseRange(range) {
  const m = RANGE.exec(range);
  if (!m) return [3e4, 32767];
  const first = Number(m[1]);
  return [first, m[2] === "+" ? first + Number(m[3]) - 1 : Number(m[3])];
}
var cache4 = /* @__PURE__ */ new WeakMap();
function nodePortUses(index) {
  const cached = cache4.get(index);
  if (cached) return cached;
  const uses = /* @__PURE__ */ new Map();
  const services = index.byKind("Service");
  const inputKeys = new Set(index.resources.filter((r) => r.kind === "Service").map((r) => r.key));
  const linted = new Set(index.resources);
  for (const service of services) {
    if (!linted.has(service) && inputKeys.has(service.key)) continue;
    const spec = isObject(service.object.spec) ? service.object.spec : {};
    if (!ALLOCATING_TYPES.has(spec.type)) continue;
    asArray(spec.ports).forEach((port, i) => {
      if (!isObject(port) || typeof port.nodePort !== "number" || port.nodePort === 0) return;
      const use = { resource: service, path: ["spec", "ports", i, "nodePort"], protocol: typeof port.protocol === "string" ? port.protocol : "TCP" };
      const list = uses.get(port.nodePort);
      if (list) list.push(use);
      else uses.set(port.nodePort, [use]);
    });
  }
  cache4.set(index, uses);
  return uses;
}

// rules/valid-pdb-selector.ts
var valid_pdb_selector_default = createRule({
  id: "valid-pdb-selector",
  meta: {
    category: "correctness",
    severity: "warning",
    summary: "A PodDisruptionBudget's selector matches at least one pod template in the input.",
    rationale: "A PodDisruptionBudget protects the pods its selector matches. One that matches nothing protects nothing: a node drain evicts every replica of the workload it was written for at once. A PodDisruptionBudget without a selector selects no pods, and so does an empty selector in policy/v1beta1 (in policy/v1 it selects every pod of the namespace).",
    fix: "make spec.selector match the pod template labels of the workload to protect",
    messages: {
      noMatch: "PodDisruptionBudget selector {{selector}} matches no pod template in namespace {{namespace}}{{hint}}",
      noSelector: "PodDisruptionBudget has no selector: it protects no pods",
      emptyBeta: "an empty selector in policy/v1beta1 selects no pods (policy/v1 selects all pods of the namespace)"
    },
    defaultOptions: {},
    kinds: ["PodDisruptionBudget"]
  },
  check({ object, resource, index, report }) {
    const spec = isObject(object.spec) ? object.spec : void 0;
    const namespace = resource.namespace;
    if (!spec || namespace === null) return;
    const selector = parseLabelSelector(spec.selector);
    if (!selector) {
      report({ messageId: "noSelector", path: ["spec"], target: "key" });
      return;
    }
    if (isEmptySelector(selector)) {
      if (resource.version === "v1beta1") report({ messageId: "emptyBeta", path: ["spec", "selector"] });
      return;
    }
    if (index.podTemplatesMatching(namespace, selector).length > 0) return;
    const closest = findClosestTemplate(index.podTemplates(namespace), selector);
    report({
      messageId: "noMatch",
      data: {
        selector: formatSelector(selector),
        namespace,
        hint: closest ? ` (closest: ${closest.resource.kind} ${closest.resource.name} with ${formatLabels(closest.labels)})` : ""
      },
      path: ["spec", "selector"],
      related: closest ? [{ resource: closest.resource, path: [...closest.template.path, "metadata", "labels"], message: `${closest.resource.kind} ${closest.resource.name}: pod template labels` }] : []
    });
  }
});

// rules/valid-port-range.ts
var PROBES = ["livenessProbe", "readinessProbe", "startupProbe"];
var HANDLERS = ["httpGet", "tcpSocket", "grpc"];
var valid_port_range_default = createRule({
  id: "valid-port-range",
  meta: {
    category: "correctness",
    severity: "error",
    summary: "Port numbers lie between 1 and 65535.",
    rationale: "The schemas only say that a port is a 32-bit integer; the API server rejects a Service port, targetPort, containerPort, hostPort, probe port, Ingress backend port or NetworkPolicy port outside 1-65535, and a NetworkPolicy endPort below its port.",
    fix: "use a port number between 1 and 65535",
    messages: {
      outOfRange: "{{field}} {{value}} is out of range ({{min}}-65535)",
      endPortBelow: "endPort {{end}} is below port {{port}}",
      endPortNeedsNumber: 'endPort needs a numeric port, not "{{port}}"'
    },
    defaultOptions: {},
    kinds: ["Service", "Ingress", "NetworkPolicy", ...POD_SPEC_KINDS]
  },
  check({ object, resource, report }) {
    const check = (field, value, path, min = 1) => {
      if (!Number.isInteger(value) || value < min || value > 65535) {
        report({ messageId: "outOfRange", data: { field, value, min }, path });
      }
    };
    const spec = isObject(object.spec) ? object.spec : {};
    switch (resource.kind) {
      case "Service":
        asArray(spec.ports).forEach((port, i) => {
          if (!isObject(port)) return;
          const at = ["spec", "ports", i];
          if (typeof port.port === "number") check("port", port.port, [...at, "port"]);
          if (typeof port.targetPort === "number" && port.targetPort !== 0) check("targetPort", port.targetPort, [...at, "targetPort"]);
        });
        return;
      case "Ingress":
        checkIngress(spec, check);
        return;
      case "NetworkPolicy":
        for (const direction of ["ingress", "egress"]) {
          asArray(spec[direction]).forEach((rule, r) => {
            if (!isObject(rule)) return;
            asArray(rule.ports).forEach((p, i) => {
              if (!isObject(p)) return;
              const at = ["spec", direction, r, "ports", i];
              if (typeof p.port === "number") check("port", p.port, [...at, "port"]);
              if (typeof p.endPort !== "number") return;
              check("endPort", p.endPort, [...at, "endPort"]);
              if (typeof p.port === "string") {
                report({ messageId: "endPortNeedsNumber", data: { port: p.port }, path: [...at, "endPort"] });
              } else if (typeof p.port === "number" && p.endPort < p.port) {
                report({ messageId: "endPortBelow", data: { end: p.endPort, port: p.port }, path: [...at, "endPort"] });
              }
            });
          });
        }
        return;
    }
    const template = podTemplateOf(resource);
    if (!template) return;
    for (const container of containersOf(template, ["containers", "initContainers", "ephemeralContainers"])) {
      for (const port of portsOf(container)) {
        if (port.containerPort !== void 0) check("containerPort", port.containerPort, [...port.path, "containerPort"]);
        if (port.hostPort !== void 0 && port.hostPort !== 0) check("hostPort", port.hostPort, [...port.path, "hostPort"]);
      }
      const c = container.container;
      for (const probe of PROBES) checkHandler(c[probe], [...container.path, probe], check);
      if (isObject(c.lifecycle)) {
        for (const hook of ["postStart", "preStop"]) checkHandler(c.lifecycle[hook], [...container.path, "lifecycle", hook], check);
      }
    }
  }
});
function checkHandler(handler, at, check) {
  if (!isObject(handler)) return;
  for (const kind of HANDLERS) {
    const action = handler[kind];
    if (isObject(action) && typeof action.port === "number") check(`${kind}.port`, action.port, [...at, kind, "port"]);
  }
}
function checkIngress(spec, check) {
  const backend = (b, at) => {
    if (!isObject(b)) return;
    if (isObject(b.service) && isObject(b.service.port) && typeof b.service.port.number === "number") {
      check("port.number", b.service.port.number, [...at, "service", "port", "number"]);
    } else if (typeof b.servicePort === "number") {
      check("servicePort", b.servicePort, [...at, "servicePort"]);
    }
  };
  backend(spec.defaultBackend, ["spec", "defaultBackend"]);
  backend(spec.backend, ["spec", "backend"]);
  asArray(spec.rules).forEach((rule, r) => {
    if (!isObject(rule) || !isObject(rule.http)) return;
    asArray(rule.http.paths).forEach((p, i) => {
      if (isObject(p)) backend(p.backend, ["spec", "rules", r, "http", "paths", i, "backend"]);
    });
  });
}

// rules/valid-probe-port.ts
var PROBE_NAMES = { livenessProbe: "liveness", readinessProbe: "readiness", startupProbe: "startup" };
var valid_probe_port_default = createRule({
  id: "valid-probe-port",
  meta: {
    category: "correctness",
    severity: "error",
    summary: "A probe must connect to a port its container declares: a named port must exist.",
    rationale: "The kubelet resolves a named probe port (httpGet.port: http) among the ports of the same container. A name the container does not declare makes every probe fail: a liveness probe restarts the container forever, a readiness probe keeps it out of every Service. A number the container does not declare may work (declaring ports is optional) but usually means the probe and the server disagree, so it is info.",
    fix: "point the probe at a port the container declares, or declare the port under the container ports",
    messages: {
      namedPort: '{{probe}} probe of container "{{container}}" uses port "{{port}}", which the container does not declare{{hint}}',
      numberedPort: '{{probe}} probe of container "{{container}}" uses port {{port}}, which the container does not declare{{hint}}'
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    for (const c of containersOf(template)) {
      if (c.group === "initContainers" && !c.sidecar) continue;
      const probes = probePortsOf(c);
      if (probes.length === 0) continue;
      const ports = portsOf(c);
      const names2 = ports.flatMap((p) => p.name ? [p.name] : []);
      const numbers = ports.flatMap((p) => p.containerPort !== void 0 ? [p.containerPort] : []);
      for (const probe of probes) {
        const data = { probe: PROBE_NAMES[probe.probe], container: c.name, port: probe.port };
        if (typeof probe.port === "string") {
          if (names2.includes(probe.port)) continue;
          const suggestion = suggestName(probe.port, names2);
          const hint = suggestion ? ` (did you mean "${suggestion}"?)` : names2.length > 0 ? ` (declared: ${names2.join(", ")})` : ports.length > 0 ? " (its ports have no names)" : " (it declares no ports)";
          report({ messageId: "namedPort", data: { ...data, hint }, path: probe.path });
        } else if (!numbers.includes(probe.port)) {
          const hint = numbers.length > 0 ? ` (declared: ${numbers.join(", ")})` : "";
          report({ messageId: "numberedPort", data: { ...data, hint }, path: probe.path, severity: "info" });
        }
      }
    }
  }
});

// rules/valid-pvc-ref.ts
var valid_pvc_ref_default = createRule({
  id: "valid-pvc-ref",
  meta: {
    category: "correctness",
    severity: "error",
    summary: "Every PersistentVolumeClaim a pod mounts exists.",
    rationale: 'A pod whose persistentVolumeClaim volume names a claim that does not exist stays Pending forever (persistentvolumeclaim "…" not found), and so does the rollout that created it. Claims that a StatefulSet creates from its volumeClaimTemplates, and generic ephemeral volumes, are not references and are not checked.',
    fix: "create the PersistentVolumeClaim in the pod's namespace, or fix claimName",
    messages: {
      missing: 'PersistentVolumeClaim "{{name}}" not found in namespace {{namespace}}{{hint}}'
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS
  },
  check({ resource, index, report }) {
    for (const ref of index.referencesFrom(resource)) {
      if (ref.kind !== "PersistentVolumeClaim") continue;
      if (index.get("PersistentVolumeClaim", ref.namespace, ref.name)) continue;
      const near = findNearMiss(index, "PersistentVolumeClaim", ref.namespace, ref.name);
      report({
        messageId: "missing",
        data: { name: ref.name, namespace: ref.namespace ?? "", hint: near.hint },
        path: ref.path,
        fix: near.suggestion ? `use "${near.suggestion}", or create PersistentVolumeClaim "${ref.name}" in namespace ${ref.namespace ?? ""}` : `create PersistentVolumeClaim "${ref.name}" in namespace ${ref.namespace ?? ""}, or fix claimName`,
        related: near.resource ? [{ resource: near.resource, path: ["metadata", "name"], message: formatRef(near.resource.ref) }] : []
      });
    }
  }
});

// rules/valid-resource-limits.ts
var valid_resource_limits_default = createRule({
  id: "valid-resource-limits",
  meta: {
    category: "correctness",
    severity: "error",
    summary: "A container request must not exceed its limit, and extended resources need a limit equal to the request.",
    rationale: 'The API server rejects a pod template whose request is above its limit ("must be less than or equal to cpu limit"), and for resources that cannot be overcommitted (hugepages, extended resources such as nvidia.com/gpu) a request without a limit, or different from it. A request above the default limit of a LimitRange in the namespace passes validation but every pod is rejected at admission, so the workload never starts.',
    fix: "raise the limit to at least the request, or lower the request",
    messages: {
      requestAboveLimit: 'container "{{container}}" requests {{request}} {{resource}}, more than its limit of {{limit}}',
      mustEqual: 'container "{{container}}" requests {{request}} {{resource}} but its limit is {{limit}}; {{resource}} cannot be overcommitted, so they must be equal',
      limitRequired: 'container "{{container}}" requests {{resource}} without a limit; {{resource}} cannot be overcommitted, so the limit must be set to the request',
      aboveDefaultLimit: 'container "{{container}}" requests {{request}} {{resource}} and sets no limit, so {{limitRange}} gives it the default limit {{limit}}: every pod is rejected'
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS
  },
  check({ resource, index, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    const defaults = resource.namespace === null ? void 0 : containerDefaultsIn(index, resource.namespace);
    for (const c of containersOf(template)) {
      const requests = resourceListOf(c, "requests");
      const limits = resourceListOf(c, "limits");
      for (const name in requests) {
        const hasLimit = name in limits;
        const overcommit = isOvercommitAllowed(name);
        const fallback = hasLimit || !overcommit ? void 0 : defaults?.limit(name);
        if (!hasLimit && overcommit && !fallback) continue;
        const request = tryParseQuantity(requests[name]);
        if (!request) continue;
        const path = [...c.path, "resources", "requests", name];
        const data = { container: c.name, resource: resourceLabel(name), request: quantityText(resource, path, requests[name]) };
        const limitPath = [...c.path, "resources", "limits", name];
        if (hasLimit) {
          const limit2 = tryParseQuantity(limits[name]);
          if (!limit2) continue;
          const order = compareQuantities(request, limit2);
          const limitText = quantityText(resource, limitPath, limits[name]);
          if (!overcommit && order !== 0) {
            report({ messageId: "mustEqual", data: { ...data, limit: limitText }, path });
          } else if (order > 0) {
            report({ messageId: "requestAboveLimit", data: { ...data, limit: limitText }, path });
          }
          continue;
        }
        if (!overcommit) {
          report({ messageId: "limitRequired", data, path });
          continue;
        }
        const limit = fallback && tryParseQuantity(fallback.value);
        if (fallback && limit && compareQuantities(request, limit) > 0) {
          const limitText = quantityText(fallback.limitRange, fallback.path, fallback.value);
          report({
            messageId: "aboveDefaultLimit",
            data: { ...data, limit: limitText, limitRange: formatRef(fallback.limitRange.ref) },
            path,
            fix: `set resources.limits.${name} to at least the request, or lower the request`,
            related: [{ resource: fallback.limitRange, path: fallback.path, message: `default ${name} limit ${limitText}` }]
          });
        }
      }
    }
  }
});

// rules/valid-rollout-strategy.ts
var valid_rollout_strategy_default = createRule({
  id: "valid-rollout-strategy",
  meta: {
    category: "correctness",
    severity: "error",
    summary: "Rollout strategies must be ones the API server accepts: valid maxSurge/maxUnavailable, no settings for another strategy type.",
    rationale: 'The API server rejects a Deployment whose maxSurge and maxUnavailable are both 0 (the rollout could never replace a pod), a maxUnavailable above 100%, percentages that are not a whole number followed by "%", and rollingUpdate settings on a Recreate Deployment or an OnDelete StatefulSet. A DaemonSet may surge or take pods down, not both: maxSurge needs maxUnavailable: 0, whose default is 1.',
    fix: 'use non-negative integers or whole percentages ("25%"), and keep at least one of maxSurge and maxUnavailable above 0',
    messages: {
      badValue: '{{field}} "{{value}}" is not a valid value: write a count (2) or a whole percentage followed by "%" ("25%")',
      stringCount: '{{field}} "{{value}}" is a string but not a percentage: write {{value}} without quotes for a count, or "{{value}}%"',
      negative: "{{field}} {{value}} must not be negative",
      over100: "{{field}} {{value}} is more than 100%",
      bothZero: "maxUnavailable and maxSurge are both 0{{defaulted}}: the rollout could never replace a pod",
      surgeWithUnavailable: "maxSurge {{surge}} may not be set while maxUnavailable is {{unavailable}}{{defaulted}}: a DaemonSet either surges or takes pods down; set maxUnavailable: 0",
      zeroUnavailable: "maxUnavailable may not be 0 for a StatefulSet: leave it out to update one pod at a time",
      rollingUpdateWithRecreate: "spec.strategy.rollingUpdate may not be set when the strategy type is Recreate",
      rollingUpdateWithOnDelete: "spec.updateStrategy.rollingUpdate is only allowed when the update strategy type is RollingUpdate",
      ignoredRollingUpdate: "spec.updateStrategy.rollingUpdate has no effect with the OnDelete update strategy",
      negativePartition: "partition {{value}} must not be negative"
    },
    defaultOptions: {},
    kinds: ["Deployment", "DaemonSet", "StatefulSet"]
  },
  check({ resource, report: emit }) {
    const spec = isObject(resource.object.spec) ? resource.object.spec : void 0;
    if (!spec) return;
    const report = (messageId, path, data = {}, extra = {}) => emit({ messageId, path, data, ...extra });
    switch (resource.kind) {
      case "Deployment":
        return checkDeployment(spec, report);
      case "DaemonSet":
        return checkDaemonSet(spec, report);
      case "StatefulSet":
        return checkStatefulSet(spec, report);
    }
  }
});
function checkField(owner, field, at, report, allowOver100) {
  const value = parseIntOrPercent(owner[field]);
  if (value === void 0) return void 0;
  const path = [...at, field];
  if (value.kind === "invalid") {
    if (/^[0-9]+$/.test(value.text)) report("stringCount", path, { field, value: value.text });
    else report("badValue", path, { field, value: value.text });
    return void 0;
  }
  if (value.kind === "int" && value.value < 0) {
    report("negative", path, { field, value: value.value });
    return void 0;
  }
  if (value.kind === "percent" && value.value > 100 && !allowOver100) {
    report("over100", path, { field, value: formatIntOrPercent(value) });
    return void 0;
  }
  return value;
}
function checkDeployment(spec, report) {
  const strategy = isObject(spec.strategy) ? spec.strategy : {};
  const type = strategy.type ?? "RollingUpdate";
  const rolling = strategy.rollingUpdate;
  if (type === "Recreate") {
    if (rolling !== void 0 && rolling !== null) report("rollingUpdateWithRecreate", ["spec", "strategy", "rollingUpdate"], {}, { target: "key", fix: "remove spec.strategy.rollingUpdate, or use type: RollingUpdate" });
    return;
  }
  if (type !== "RollingUpdate" || !isObject(rolling)) return;
  const at = ["spec", "strategy", "rollingUpdate"];
  const unavailable = checkField(rolling, "maxUnavailable", at, report, false);
  const surge = checkField(rolling, "maxSurge", at, report, true);
  const unavailableZero = rolling.maxUnavailable !== void 0 && unavailable !== void 0 && rawIntOrPercentValue(unavailable) === 0;
  const surgeZero = rolling.maxSurge !== void 0 && surge !== void 0 && rawIntOrPercentValue(surge) === 0;
  if (unavailableZero && surgeZero) report("bothZero", [...at, "maxUnavailable"], { defaulted: "" });
}
function checkDaemonSet(spec, report) {
  const strategy = isObject(spec.updateStrategy) ? spec.updateStrategy : {};
  const type = strategy.type ?? "RollingUpdate";
  const rolling = strategy.rollingUpdate;
  if (type === "OnDelete") {
    if (rolling !== void 0 && rolling !== null) {
      report("ignoredRollingUpdate", ["spec", "updateStrategy", "rollingUpdate"], {}, { severity: "warning", target: "key", fix: "remove spec.updateStrategy.rollingUpdate" });
    }
    return;
  }
  if (type !== "RollingUpdate" || !isObject(rolling)) return;
  const at = ["spec", "updateStrategy", "rollingUpdate"];
  const unavailable = checkField(rolling, "maxUnavailable", at, report, false);
  const surge = checkField(rolling, "maxSurge", at, report, false);
  if (rolling.maxUnavailable != null && !unavailable || rolling.maxSurge != null && !surge) return;
  const unavailableValue = unavailable ? rawIntOrPercentValue(unavailable) : 1;
  const surgeValue = surge ? rawIntOrPercentValue(surge) : 0;
  const defaulted = unavailable ? "" : " (the default)";
  if (unavailableValue !== 0 && surgeValue !== 0) {
    report("surgeWithUnavailable", [...at, "maxSurge"], {
      surge: formatIntOrPercent(surge),
      unavailable: unavailable ? formatIntOrPercent(unavailable) : "1",
      defaulted
    });
  } else if (unavailableValue === 0 && surgeValue === 0) {
    report("bothZero", [...at, "maxUnavailable"], { defaulted: surge ? "" : " (maxSurge defaults to 0)" });
  }
}
function checkStatefulSet(spec, report) {
  const strategy = isObject(spec.updateStrategy) ? spec.updateStrategy : {};
  const type = strategy.type ?? "RollingUpdate";
  const rolling = strategy.rollingUpdate;
  if (type === "OnDelete") {
    if (rolling !== void 0 && rolling !== null) report("rollingUpdateWithOnDelete", ["spec", "updateStrategy", "rollingUpdate"], {}, { target: "key", fix: "remove spec.updateStrategy.rollingUpdate, or use type: RollingUpdate" });
    return;
  }
  if (type !== "RollingUpdate" || !isObject(rolling)) return;
  const at = ["spec", "updateStrategy", "rollingUpdate"];
  if (typeof rolling.partition === "number" && rolling.partition < 0) report("negativePartition", [...at, "partition"], { value: rolling.partition });
  const unavailable = checkField(rolling, "maxUnavailable", at, report, false);
  if (unavailable && rawIntOrPercentValue(unavailable) === 0) report("zeroUnavailable", [...at, "maxUnavailable"]);
}

// src/index/secret-producers.ts
var cache5 = /* @__PURE__ */ new WeakMap();
function findSecretProducer(index, namespace, name) {
  let producers = cache5.get(index);
  if (!producers) cache5.set(index, producers = buildSecretProducers(index));
  return producers.get(`${namespace ?? ""}/${name}`);
}
function buildSecretProducers(index) {
  const out = /* @__PURE__ */ new Map();
  const add = (resource, name, keys) => {
    if (typeof name !== "string" || name === "") return;
    const key = `${resource.namespace ?? ""}/${name}`;
    if (!out.has(key)) out.set(key, { resource, keys });
  };
  for (const r of index.byKind("Certificate")) {
    if (r.group !== "cert-manager.io" || !isObject(r.object.spec)) continue;
    add(r, r.object.spec.secretName, void 0);
  }
  for (const r of index.byKind("SealedSecret")) {
    if (r.group !== "bitnami.com") continue;
    const spec = isObject(r.object.spec) ? r.object.spec : {};
    const template = isObject(spec.template) ? spec.template : {};
    const keys = [
      ...Object.keys(isObject(spec.encryptedData) ? spec.encryptedData : {}),
      ...Object.keys(isObject(template.data) ? template.data : {})
    ];
    add(r, r.name, [...new Set(keys)].sort());
  }
  for (const r of index.byKind("ExternalSecret")) {
    if (r.group !== "external-secrets.io" || !isObject(r.object.spec)) continue;
    const spec = r.object.spec;
    const target = isObject(spec.target) ? spec.target : {};
    const keys = asArray(spec.data).flatMap((d) => isObject(d) && typeof d.secretKey === "string" ? [d.secretKey] : []);
    const templated = isObject(target.template);
    add(r, typeof target.name === "string" ? target.name : r.name, spec.dataFrom !== void 0 || templated ? void 0 : [...new Set(keys)].sort());
  }
  for (const r of index.byKind("Job")) {
    const template = podTemplateOf(r);
    if (!template) continue;
    for (const c of containersOf(template)) {
      const words = [...asArray(c.container.command), ...asArray(c.container.args)];
      words.forEach((word, i) => {
        if (typeof word !== "string" || !word.startsWith("-")) return;
        const eq = word.indexOf("=");
        const flag = eq === -1 ? word : word.slice(0, eq);
        if (!/secret/i.test(flag)) return;
        add(r, eq === -1 ? words[i + 1] : word.slice(eq + 1), void 0);
      });
      for (const env of asArray(c.container.env)) {
        if (isObject(env) && typeof env.value === "string" && /SECRET/i.test(String(env.name))) add(r, env.value, void 0);
      }
    }
  }
  return out;
}

// rules/valid-secret-ref.ts
var CERT_MANAGER_ANNOTATIONS = ["cert-manager.io/cluster-issuer", "cert-manager.io/issuer"];
var TLS_KEYS = ["tls.crt", "tls.key"];
var valid_secret_ref_default = createRule({
  id: "valid-secret-ref",
  meta: {
    category: "correctness",
    severity: "error",
    summary: "Every Secret an object refers to exists, with every key it asks for.",
    rationale: "A pod that refers to a missing Secret, or to a key the Secret lacks, never starts: the kubelet reports CreateContainerConfigError (env) or the volume never mounts (ContainerCreating). An Ingress whose TLS Secret is missing serves the controller's default certificate. References marked optional: true are allowed to be missing. Secrets that cert-manager, Sealed Secrets or External Secrets create from an object in the input count as present.",
    fix: "create the Secret (or add the key), fix the name, or mark the reference optional: true",
    messages: {
      missing: 'Secret "{{name}}" not found in namespace {{namespace}}{{hint}}',
      missingKey: 'Secret "{{name}}" has no key "{{key}}" (keys: {{keys}})',
      missingTlsKeys: 'Secret "{{name}}" used for TLS has no {{missing}} (keys: {{keys}})'
    },
    defaultOptions: {},
    kinds: [...POD_SPEC_KINDS, "Ingress", "ServiceAccount"]
  },
  check({ resource, index, report }) {
    const certManaged = resource.kind === "Ingress" && isCertManaged(resource);
    for (const ref of index.referencesFrom(resource)) {
      if (ref.kind !== "Secret") continue;
      const tls = ref.via === "ingress TLS";
      const severity = ref.optional ? "info" : void 0;
      const namespace = ref.namespace ?? "";
      const target = findTarget(index, resource, "Secret", ref.namespace, ref.name);
      let keys;
      let holder;
      if (target) {
        keys = dataKeysOf(target);
        holder = target;
      } else {
        const producer = findSecretProducer(index, ref.namespace, ref.name);
        if (!producer) {
          if (tls && certManaged) continue;
          const near = findNearMiss(index, "Secret", ref.namespace, ref.name);
          report({
            messageId: "missing",
            data: { name: ref.name, namespace, hint: near.hint },
            path: ref.path,
            severity,
            fix: near.suggestion ? `use "${near.suggestion}", or create Secret "${ref.name}" in namespace ${namespace}` : `create Secret "${ref.name}" in namespace ${namespace}, fix the name, or mark the reference optional: true`,
            related: near.resource ? [related(near.resource, formatRef(near.resource.ref))] : []
          });
          continue;
        }
        keys = producer.keys;
        holder = producer.resource;
      }
      if (keys === void 0) continue;
      const listed = keys.join(", ") || "<none>";
      const where = [related(holder, `${formatRef(holder.ref)} (keys: ${listed})`)];
      for (const { key, path } of ref.keys) {
        if (keys.includes(key)) continue;
        report({
          messageId: "missingKey",
          data: { name: ref.name, key, keys: listed },
          path,
          severity,
          fix: `use one of the existing keys, or add "${key}" to the Secret`,
          related: where
        });
      }
      if (tls) {
        const missing = TLS_KEYS.filter((k) => !keys.includes(k));
        if (missing.length > 0) {
          report({
            messageId: "missingTlsKeys",
            data: { name: ref.name, missing: missing.map((k) => `"${k}"`).join(" or "), keys: listed },
            path: ref.path,
            fix: "a TLS Secret needs the keys tls.crt and tls.key (type kubernetes.io/tls)",
            related: where
          });
        }
      }
    }
  }
});
function related(resource, message) {
  return { resource, path: ["metadata", "name"], message };
}
function isCertManaged(ingress) {
  const metadata = isObject(ingress.object.metadata) ? ingress.object.metadata : {};
  const annotations = isObject(metadata.annotations) ? metadata.annotations : {};
  return CERT_MANAGER_ANNOTATIONS.some((a) => typeof annotations[a] === "string") || annotations["kubernetes.io/tls-acme"] === "true";
}

// rules/valid-service-account-ref.ts
var valid_service_account_ref_default = createRule({
  id: "valid-service-account-ref",
  meta: {
    category: "correctness",
    severity: "warning",
    summary: "The ServiceAccount a pod runs as exists.",
    rationale: 'The ServiceAccount admission plugin rejects a pod whose serviceAccountName does not exist, so a workload whose ServiceAccount is missing never gets a pod: the ReplicaSet or Job reports FailedCreate and retries forever. Every namespace has a "default" ServiceAccount. It is a warning because the ServiceAccount is often created elsewhere (a Helm chart, an operator, another repository).',
    fix: "create the ServiceAccount in the pod's namespace, or fix serviceAccountName",
    messages: {
      missing: 'ServiceAccount "{{name}}" not found in namespace {{namespace}}{{hint}}'
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS
  },
  check({ resource, index, report }) {
    for (const ref of index.referencesFrom(resource)) {
      if (ref.kind !== "ServiceAccount" || ref.via !== "serviceAccountName") continue;
      if (index.get("ServiceAccount", ref.namespace, ref.name) || index.isImplicit("ServiceAccount", ref.namespace, ref.name)) continue;
      const near = findNearMiss(index, "ServiceAccount", ref.namespace, ref.name);
      report({
        messageId: "missing",
        data: { name: ref.name, namespace: ref.namespace ?? "", hint: near.hint },
        path: ref.path,
        fix: near.suggestion ? `use "${near.suggestion}", or create ServiceAccount "${ref.name}" in namespace ${ref.namespace ?? ""}` : `create ServiceAccount "${ref.name}" in namespace ${ref.namespace ?? ""}, or fix the name`,
        related: near.resource ? [{ resource: near.resource, path: ["metadata", "name"], message: formatRef(near.resource.ref) }] : []
      });
    }
  }
});

// rules/valid-service-selector.ts
var valid_service_selector_default = createRule({
  id: "valid-service-selector",
  meta: {
    category: "correctness",
    severity: "warning",
    summary: "A Service selector matches at least one pod template in the input.",
    rationale: "A Service whose selector matches no pod has no endpoints: connections to it are refused or time out, and nothing reports an error. A typo in a label, or a label changed on the Deployment but not on the Service, is the usual cause. Services without a selector (endpoints managed by hand) and ExternalName Services are skipped.",
    fix: "make the Service's spec.selector a subset of the pod template labels of the workload it fronts",
    messages: {
      noMatch: "Service selector {{selector}} matches no pod template in namespace {{namespace}}{{hint}}"
    },
    defaultOptions: {},
    kinds: ["Service"]
  },
  check({ object, resource, index, report }) {
    const spec = isObject(object.spec) ? object.spec : void 0;
    if (!spec || spec.type === "ExternalName") return;
    const selector = parseMapSelector(spec.selector);
    const namespace = resource.namespace;
    if (!selector || namespace === null) return;
    if (index.podTemplatesMatching(namespace, selector).length > 0) return;
    const closest = findClosestTemplate(index.podTemplates(namespace), selector);
    report({
      messageId: "noMatch",
      data: {
        selector: formatSelector(selector),
        namespace,
        hint: closest ? ` (closest: ${closest.resource.kind} ${closest.resource.name} with ${formatLabels(closest.labels)})` : ""
      },
      path: ["spec", "selector"],
      related: closest ? [{ resource: closest.resource, path: [...closest.template.path, "metadata", "labels"], message: `${closest.resource.kind} ${closest.resource.name}: pod template labels` }] : []
    });
  }
});

// rules/valid-statefulset-service.ts
var valid_statefulset_service_default = createRule({
  id: "valid-statefulset-service",
  meta: {
    category: "correctness",
    severity: "warning",
    summary: "A StatefulSet's serviceName names a headless Service that selects its pods.",
    rationale: "The governing Service named by spec.serviceName gives each StatefulSet pod its stable DNS name (web-0.web.default.svc). If the Service does not exist, does not select the pods, or is not headless (clusterIP: None), those names never resolve, and peers that find each other by them (databases, queues) cannot form a cluster.",
    fix: "create a headless Service (clusterIP: None) with the name in spec.serviceName, selecting the pods",
    messages: {
      missing: 'Service "{{name}}" named by spec.serviceName not found in namespace {{namespace}}{{hint}}',
      notHeadless: 'Service "{{name}}" is not headless (clusterIP: None), so the pods get no per-pod DNS names',
      notSelecting: 'Service "{{name}}" does not select the pods of this StatefulSet'
    },
    defaultOptions: {},
    kinds: ["StatefulSet"]
  },
  check({ object, resource, index, report }) {
    const spec = isObject(object.spec) ? object.spec : {};
    const name = spec.serviceName;
    if (typeof name !== "string" || name === "" || resource.namespace === null) return;
    const path = ["spec", "serviceName"];
    const service = findTarget(index, resource, "Service", resource.namespace, name);
    if (!service) {
      const near = findNearMiss(index, "Service", resource.namespace, name);
      report({
        messageId: "missing",
        data: { name, namespace: resource.namespace, hint: near.hint },
        path,
        related: near.resource ? [{ resource: near.resource, path: ["metadata", "name"], message: formatRef(near.resource.ref) }] : []
      });
      return;
    }
    const serviceSpec = isObject(service.object.spec) ? service.object.spec : {};
    const related2 = [{ resource: service, path: ["metadata", "name"], message: formatRef(service.ref) }];
    const selector = parseMapSelector(serviceSpec.selector);
    const template = podTemplateOf(resource);
    if (selector && template && !selectorMatches(selector, stringMap(template.metadata.labels))) {
      report({ messageId: "notSelecting", data: { name }, path, related: related2 });
    }
    if (serviceSpec.clusterIP !== "None") {
      report({ messageId: "notHeadless", data: { name }, path, severity: "info", related: related2 });
    }
  }
});

// rules/valid-target-port.ts
var valid_target_port_default = createRule({
  id: "valid-target-port",
  meta: {
    category: "correctness",
    severity: "error",
    summary: "A Service's targetPort names a port that the selected containers declare.",
    rationale: "A named targetPort is resolved in each selected pod by looking for a container port with that name and the Service port's protocol (Kubernetes' FindPort, over app containers and sidecar init containers). When no container declares it, the pod is left out of the endpoints and the Service has nothing to send traffic to. A named targetPort must also be a valid port name (IANA_SVC_NAME), or the API server rejects the Service. A numeric targetPort that no container declares still works (declaring container ports is informational), so it is reported as info only.",
    fix: "use the name (or number) of a port that the selected containers declare, with the same protocol",
    messages: {
      missingName: 'targetPort "{{name}}" is not the name of a {{protocol}} port of any selected container{{hint}}',
      protocolMismatch: 'targetPort "{{name}}" names a {{found}} port of container "{{container}}", but the Service port is {{protocol}}',
      missingNumber: "no selected container declares port {{port}}/{{protocol}}{{hint}}",
      invalidName: 'targetPort "{{name}}" is not a valid port name: {{problems}}'
    },
    defaultOptions: {},
    kinds: ["Service"]
  },
  check({ object, resource, index, report }) {
    const spec = isObject(object.spec) ? object.spec : void 0;
    if (!spec || spec.type === "ExternalName") return;
    const selector = parseMapSelector(spec.selector);
    const templates = selector && resource.namespace !== null ? index.podTemplatesMatching(resource.namespace, selector) : [];
    let declared;
    asArray(spec.ports).forEach((port, i) => {
      if (!isObject(port)) return;
      const explicit = port.targetPort !== void 0 && port.targetPort !== null && port.targetPort !== 0 && port.targetPort !== "";
      const target = explicit ? port.targetPort : port.port;
      const path = ["spec", "ports", i, explicit ? "targetPort" : "port"];
      const protocol = typeof port.protocol === "string" ? port.protocol : "TCP";
      if (typeof target === "string") {
        const problems = checkPortName(target);
        if (problems.length > 0) {
          report({ messageId: "invalidName", data: { name: target, problems: problems.join("; ") }, path });
          return;
        }
      }
      if (templates.length === 0) return;
      declared ??= declaredPorts(templates);
      const related2 = [{ resource: templates[0].resource, path: [...templates[0].template.specPath, "containers"], message: describeTemplate(templates[0]) }];
      if (typeof target === "string") {
        const named = declared.filter((d) => d.port.name === target);
        if (named.some((d) => d.port.protocol === protocol)) return;
        if (named.length > 0) {
          report({
            messageId: "protocolMismatch",
            data: { name: target, found: named[0].port.protocol, container: named[0].container, protocol },
            path,
            related: [{ resource: named[0].entry.resource, path: named[0].port.path, message: `container "${named[0].container}" port "${target}"` }]
          });
          return;
        }
        const names2 = [...new Set(declared.filter((d) => d.port.name !== void 0 && d.port.protocol === protocol).map((d) => d.port.name))].sort();
        const suggestion = suggestName(target, names2);
        const hint = names2.length === 0 ? " (they declare no named ports)" : ` (named ports: ${names2.join(", ")}${suggestion ? `; did you mean "${suggestion}"?` : ""})`;
        report({ messageId: "missingName", data: { name: target, protocol, hint }, path, related: related2 });
        return;
      }
      if (typeof target !== "number") return;
      if (declared.some((d) => d.port.containerPort === target && d.port.protocol === protocol)) return;
      const numbers = [...new Set(declared.filter((d) => d.port.protocol === protocol && d.port.containerPort !== void 0).map((d) => d.port.containerPort))].sort((a, b) => a - b);
      report({
        messageId: "missingNumber",
        data: { port: target, protocol, hint: numbers.length > 0 ? ` (declared: ${numbers.join(", ")})` : "" },
        path,
        severity: "info",
        related: related2
      });
    });
  }
});
function declaredPorts(templates) {
  const out = [];
  for (const entry of templates) {
    for (const container of containersOf(entry.template)) {
      if (container.group !== "containers" && !container.sidecar) continue;
      for (const port of portsOf(container)) out.push({ entry, container: container.name, port });
    }
  }
  return out;
}
function describeTemplate(entry) {
  return `${entry.resource.kind} ${entry.resource.name}: selected containers`;
}

// rules/valid-workload-selector.ts
var valid_workload_selector_default = createRule({
  id: "valid-workload-selector",
  meta: {
    category: "correctness",
    severity: "error",
    summary: "A workload's spec.selector must select the labels of its own pod template.",
    rationale: 'The API server rejects a Deployment, ReplicaSet, StatefulSet or DaemonSet whose selector does not match its template labels ("selector does not match template labels"), and an empty selector. A Job may set a selector only with manualSelector: true.',
    fix: "make spec.selector.matchLabels a subset of spec.template.metadata.labels",
    messages: {
      mismatch: "spec.selector does not match the template labels ({{selector}} vs {{labels}})",
      empty: "spec.selector is empty: an empty selector is invalid for a {{kind}}",
      jobSelector: "spec.selector is set without spec.manualSelector: true; the Job controller generates the selector"
    },
    defaultOptions: {},
    kinds: ["Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "Job", "ReplicationController"]
  },
  check({ object, resource, report }) {
    const spec = isObject(object.spec) ? object.spec : void 0;
    const template = podTemplateOf(resource);
    if (!spec || !template || spec.selector === void 0 || spec.selector === null) return;
    const labels = stringMap(template.metadata.labels);
    if (resource.kind === "ReplicationController") {
      const selector2 = parseMapSelector(spec.selector);
      if (selector2 && !selectorMatches(selector2, labels)) {
        report({
          messageId: "mismatch",
          data: { selector: formatSelector(selector2), labels: formatLabels(labels) || "<none>" },
          path: ["spec", "selector"]
        });
      }
      return;
    }
    if (resource.kind === "Job" && spec.manualSelector !== true) {
      report({ messageId: "jobSelector", path: ["spec", "selector"], target: "key", fix: "remove spec.selector, or set spec.manualSelector: true" });
      return;
    }
    const selector = parseLabelSelector(spec.selector);
    if (!selector) return;
    if (isEmptySelector(selector)) {
      report({ messageId: "empty", data: { kind: resource.kind }, path: ["spec", "selector"] });
      return;
    }
    if (selectorMatches(selector, labels)) return;
    const onlyExpressions = Object.keys(selector.matchLabels).every((k) => labels[k] === selector.matchLabels[k]);
    report({
      messageId: "mismatch",
      data: { selector: formatSelector(selector), labels: formatLabels(labels) || "<none>" },
      path: ["spec", "selector", onlyExpressions ? "matchExpressions" : "matchLabels"]
    });
  }
});

// rules/index.ts
var RULES = /* @__PURE__ */ new Map([
  ["hpa-replicas-conflict", hpa_replicas_conflict_default],
  ["no-automount-service-account-token", no_automount_service_account_token_default],
  ["no-cluster-admin-binding", no_cluster_admin_binding_default],
  ["no-dangerous-capabilities", no_dangerous_capabilities_default],
  ["no-default-service-account", no_default_service_account_default],
  ["no-deprecated-api", no_deprecated_api_default],
  ["no-deprecated-service-account-field", no_deprecated_service_account_field_default],
  ["no-duplicate-container-port", no_duplicate_container_port_default],
  ["no-duplicate-env", no_duplicate_env_default],
  ["no-duplicate-object", no_duplicate_object_default],
  ["no-host-ipc", no_host_ipc_default],
  ["no-host-network", no_host_network_default],
  ["no-host-pid", no_host_pid_default],
  ["no-host-port-conflict", no_host_port_conflict_default],
  ["no-latest-tag", no_latest_tag_default],
  ["no-privilege-escalation", no_privilege_escalation_default],
  ["no-privileged-container", no_privileged_container_default],
  ["no-privileged-ports", no_privileged_ports_default],
  ["no-removed-api", no_removed_api_default],
  ["no-secret-access-rbac", no_secret_access_rbac_default],
  ["no-secrets-in-env", no_secrets_in_env_default],
  ["no-sensitive-host-mounts", no_sensitive_host_mounts_default],
  ["no-ssh-port", no_ssh_port_default],
  ["no-suspicious-quantity", no_suspicious_quantity_default],
  ["no-unmasked-proc-mount", no_unmasked_proc_mount_default],
  ["no-unsafe-sysctls", no_unsafe_sysctls_default],
  ["no-wildcard-rbac", no_wildcard_rbac_default],
  ["no-writable-host-mount", no_writable_host_mount_default],
  ["no-yaml-type-coercion", no_yaml_type_coercion_default],
  ["pdb-allows-eviction", pdb_allows_eviction_default],
  ["pdb-unhealthy-eviction-policy", pdb_unhealthy_eviction_policy_default],
  ["require-anti-affinity", require_anti_affinity_default],
  ["require-cpu-limit", require_cpu_limit_default],
  ["require-cronjob-deadline", require_cronjob_deadline_default],
  ["require-drop-net-raw", require_drop_net_raw_default],
  ["require-image-pull-policy", require_image_pull_policy_default],
  ["require-job-ttl", require_job_ttl_default],
  ["require-liveness-probe", require_liveness_probe_default],
  ["require-memory-limit", require_memory_limit_default],
  ["require-network-policy", require_network_policy_default],
  ["require-pdb", require_pdb_default],
  ["require-priority-class", require_priority_class_default],
  ["require-read-only-root-fs", require_read_only_root_fs_default],
  ["require-readiness-probe", require_readiness_probe_default],
  ["require-resource-requests", require_resource_requests_default],
  ["require-rolling-update", require_rolling_update_default],
  ["require-run-as-non-root", require_run_as_non_root_default],
  ["require-seccomp-profile", require_seccomp_profile_default],
  ["valid-configmap-ref", valid_configmap_ref_default],
  ["valid-hpa-replicas", valid_hpa_replicas_default],
  ["valid-hpa-target", valid_hpa_target_default],
  ["valid-ingress-backend", valid_ingress_backend_default],
  ["valid-labels", valid_labels_default],
  ["valid-name", valid_name_default],
  ["valid-network-policy-selector", valid_network_policy_selector_default],
  ["valid-node-port", valid_node_port_default],
  ["valid-pdb-selector", valid_pdb_selector_default],
  ["valid-port-range", valid_port_range_default],
  ["valid-probe-port", valid_probe_port_default],
  ["valid-pvc-ref", valid_pvc_ref_default],
  ["valid-resource-limits", valid_resource_limits_default],
  ["valid-rollout-strategy", valid_rollout_strategy_default],
  ["valid-secret-ref", valid_secret_ref_default],
  ["valid-service-account-ref", valid_service_account_ref_default],
  ["valid-service-selector", valid_service_selector_default],
  ["valid-statefulset-service", valid_statefulset_service_default],
  ["valid-target-port", valid_target_port_default],
  ["valid-workload-selector", valid_workload_selector_default]
]);

// src/config/config.ts
var import_ajv = __toESM(require_ajv(), 1);

// schemas/config.schema.json
var config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://kubeplan.io/schemas/config.schema.json",
  title: "kubeplan configuration (.kubeplan.yaml)",
  type: "object",
  additionalProperties: false,
  properties: {
    kubernetesVersion: {
      description: 'A Kubernetes minor version such as "1.34"; the target of schema validation, rules and the plan.',
      type: "string",
      pattern: "^v?1\\.[0-9]+(\\.[0-9]+)?$"
    },
    strict: { description: "Unknown fields are errors (default true).", type: "boolean" },
    schemaLocations: {
      description: "Extra schema folders or URL templates in kubeconform's layout, tried in order.",
      type: "array",
      items: { type: "string", minLength: 1 }
    },
    ignoreMissingSchemas: { description: "A kind without schema is not an error.", type: "boolean" },
    failOn: { description: "Lowest severity that fails the run.", enum: ["error", "warning", "info", "none"] },
    inlineIgnore: {
      description: "Honour kubeplan.io/ignore annotations and # kubeplan-ignore comments (default true).",
      type: "boolean"
    },
    preset: {
      description: "Starting set of rules: recommended (default), strict (every rule, warnings become errors) or minimal (correctness only).",
      enum: ["recommended", "strict", "minimal"]
    },
    rules: {
      description: "Per-rule severity (off, info, warn, error) or { severity, options }.",
      type: "object",
      additionalProperties: {
        anyOf: [
          { enum: ["off", "info", "warn", "error"] },
          {
            type: "object",
            additionalProperties: false,
            properties: {
              severity: { enum: ["off", "info", "warn", "error"] },
              options: { type: "object" }
            }
          }
        ]
      }
    },
    ignorePaths: {
      description: "Glob patterns (relative to the configuration file) of files never linted.",
      type: "array",
      items: { type: "string", minLength: 1 }
    },
    exclude: {
      description: "Objects some or all rules skip, each with a reason.",
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["reason"],
        properties: {
          kind: { type: "string", minLength: 1 },
          namespace: { type: "string", minLength: 1 },
          name: { type: "string", minLength: 1 },
          rules: { type: "array", items: { type: "string", minLength: 1 } },
          reason: { type: "string", minLength: 1 }
        }
      }
    },
    context: {
      description: "Files or folders indexed so references resolve, but not linted (e.g. the rest of the repository).",
      type: "array",
      items: { type: "string", minLength: 1 }
    },
    cluster: { description: "The cluster kubeplan plan schedules onto: node pools and the NodePort range.", $ref: "cluster.schema.json" }
  }
};

// src/core/errors.ts
var UsageError = class extends Error {
  name = "UsageError";
};
var ConfigError = class extends UsageError {
  constructor(file, problems) {
    const sorted = [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
    super(`invalid configuration in ${file}:
${sorted.map((p) => `  ${file}:${p.line}:${p.column}  ${p.message}`).join("\n")}`);
    this.file = file;
    this.problems = problems;
  }
  file;
  problems;
};

// src/source/line-index.ts
var LineIndex = class {
  constructor(text2) {
    this.text = text2;
  }
  text;
  starts;
  lineStarts() {
    if (this.starts) return this.starts;
    const starts = [0];
    const text2 = this.text;
    let i = text2.indexOf("\n");
    while (i !== -1) {
      starts.push(i + 1);
      i = text2.indexOf("\n", i + 1);
    }
    this.starts = starts;
    return starts;
  }
  position(offset) {
    const starts = this.lineStarts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }
  location(start, end) {
    const a = this.position(start);
    const b = end > start ? this.position(end) : a;
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
  /** The text of a 1-based line, without its line break. */
  line(line) {
    const starts = this.lineStarts();
    const start = starts[line - 1];
    if (start === void 0) return "";
    const next = starts[line];
    const end = next === void 0 ? this.text.length : next - 1;
    return this.text.slice(start, end).replace(/\r$/, "");
  }
  get lineCount() {
    return this.lineStarts().length;
  }
  /** The end offset of the line that contains `offset` (before any CR/LF). */
  lineEnd(offset) {
    const nl = this.text.indexOf("\n", offset);
    const end = nl === -1 ? this.text.length : nl;
    return end > offset && this.text.charCodeAt(end - 1) === 13 ? end - 1 : end;
  }
};

// src/source/plain-scalar.ts
var CONSTANTS = /* @__PURE__ */ new Map([
  ["", null],
  ["~", null],
  ["null", null],
  ["Null", null],
  ["NULL", null],
  ["y", true],
  ["Y", true],
  ["yes", true],
  ["Yes", true],
  ["YES", true],
  ["true", true],
  ["True", true],
  ["TRUE", true],
  ["on", true],
  ["On", true],
  ["ON", true],
  ["n", false],
  ["N", false],
  ["no", false],
  ["No", false],
  ["NO", false],
  ["false", false],
  ["False", false],
  ["FALSE", false],
  ["off", false],
  ["Off", false],
  ["OFF", false],
  [".nan", NaN],
  [".NaN", NaN],
  [".NAN", NaN],
  [".inf", Infinity],
  [".Inf", Infinity],
  [".INF", Infinity],
  ["+.inf", Infinity],
  ["+.Inf", Infinity],
  ["+.INF", Infinity],
  ["-.inf", -Infinity],
  ["-.Inf", -Infinity],
  ["-.INF", -Infinity]
]);
var YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
var DOT_FLOAT = /^\.[0-9](_?[0-9])*([eE][-+]?[0-9]+)?$/;
var DECIMAL2 = /^[0-9]+$/;
var INT64_MAX = 2n ** 63n - 1n;
var UINT64_MAX = 2n ** 64n - 1n;
function mayResolve(first) {
  return first === 43 || first === 45 || first === 46 || first >= 48 && first <= 57 || first === 126 || first === 121 || first === 89 || first === 110 || first === 78 || first === 116 || first === 84 || first === 102 || first === 70 || first === 111 || first === 79;
}
function resolvePlainScalar(text2) {
  if (text2 === "") return null;
  const first = text2.charCodeAt(0);
  if (!mayResolve(first)) return text2;
  const constant = CONSTANTS.get(text2);
  if (constant !== void 0 || CONSTANTS.has(text2)) return constant;
  if (first === 46) {
    return DOT_FLOAT.test(text2) ? Number(text2.replace(/_/g, "")) : text2;
  }
  if (first === 43 || first === 45 || first >= 48 && first <= 57) {
    const plain = text2.includes("_") ? text2.replace(/_/g, "") : text2;
    const int = parseGoInt(plain);
    if (int !== void 0) return int;
    if (YAML_STYLE_FLOAT.test(plain)) {
      const value = Number(plain);
      if (Number.isFinite(value)) return value;
    }
  }
  return text2;
}
function parseGoInt(text2) {
  let sign = 1n;
  let body = text2;
  const signed = body[0] === "+" || body[0] === "-";
  if (signed) {
    if (body[0] === "-") sign = -1n;
    body = body.slice(1);
  }
  if (body === "") return void 0;
  let digits = body;
  let radix = 10;
  if (body.length > 1 && body[0] === "0") {
    const p = body[1];
    if (p === "x" || p === "X") {
      radix = 16;
      digits = body.slice(2);
    } else if (p === "o" || p === "O") {
      radix = 8;
      digits = body.slice(2);
    } else if (p === "b" || p === "B") {
      radix = 2;
      digits = body.slice(2);
    } else {
      radix = 8;
      digits = body.slice(1);
    }
  }
  if (digits === "" || !DIGITS[radix].test(digits)) return void 0;
  if (radix === 10 && digits.length < 16 && DECIMAL2.test(digits)) {
    return Number(sign) * Number(digits);
  }
  const magnitude = BigInt((RADIX_PREFIX[radix] ?? "") + digits);
  const value = sign * magnitude;
  if (value <= INT64_MAX && value >= -INT64_MAX - 1n) return Number(value);
  if (!signed && value <= UINT64_MAX) return Number(value);
  return void 0;
}
var DIGITS = {
  2: /^[01]+$/,
  8: /^[0-7]+$/,
  10: /^[0-9]+$/,
  16: /^[0-9a-fA-F]+$/
};
var RADIX_PREFIX = { 2: "0b", 8: "0o", 16: "0x" };

// src/source/yaml-scalars.ts
var TRIM_END = /(?<![ \t])[ \t]+$/;
var TRIM_BOTH = /^[ \t]+|(?<![ \t])[ \t]+$/g;
function unfoldLines(source) {
  const line = /(.*?)\r?\n/sy;
  let match = line.exec(source);
  if (!match) return source;
  let res = match[1].replace(TRIM_END, "");
  let sep3 = " ";
  let pos = line.lastIndex;
  while (match = line.exec(source)) {
    const lm = match[1].replace(TRIM_BOTH, "");
    if (lm === "") {
      if (sep3 === "\n") res += sep3;
      else sep3 = "\n";
    } else {
      res += sep3 + lm;
      sep3 = " ";
    }
    pos = line.lastIndex;
  }
  const last = /[ \t]*(.*)/sy;
  last.lastIndex = pos;
  match = last.exec(source);
  return res + sep3 + (match?.[1] ?? "");
}
function decodeSingleQuoted(source) {
  return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
var ESCAPES = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  e: "\x1B",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	",
  v: "\v",
  N: "",
  _: " ",
  L: "\u2028",
  P: "\u2029",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  "	": "	"
};
var HEX = /^[0-9a-fA-F]+$/;
function decodeDoubleQuoted(source) {
  let res = "";
  for (let i = 1; i < source.length - 1; ++i) {
    const ch = source[i];
    if (ch === "\r" && source[i + 1] === "\n") continue;
    if (ch === "\n") {
      let fold = "";
      let next = source[i + 1];
      while (next === " " || next === "	" || next === "\n" || next === "\r") {
        if (next === "\r" && source[i + 2] !== "\n") break;
        if (next === "\n") fold += "\n";
        i += 1;
        next = source[i + 1];
      }
      res += fold || " ";
    } else if (ch === "\\") {
      let next = source[++i];
      const escaped = next === void 0 ? void 0 : ESCAPES[next];
      if (escaped !== void 0) res += escaped;
      else if (next === "\n") {
        next = source[i + 1];
        while (next === " " || next === "	") next = source[++i + 1];
      } else if (next === "\r" && source[i + 1] === "\n") {
        next = source[++i + 1];
        while (next === " " || next === "	") next = source[++i + 1];
      } else if (next === "x" || next === "u" || next === "U") {
        const length = next === "x" ? 2 : next === "u" ? 4 : 8;
        const digits = source.substr(i + 1, length);
        if (digits.length !== length || !HEX.test(digits)) return void 0;
        const code = parseInt(digits, 16);
        if (code > 1114111) return void 0;
        res += String.fromCodePoint(code);
        i += length;
      } else {
        return void 0;
      }
    } else if (ch === " " || ch === "	") {
      const start = i;
      let next = source[i + 1];
      while (next === " " || next === "	") next = source[++i + 1];
      if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n")) res += i > start ? source.slice(start, i + 1) : ch;
    } else {
      res += ch;
    }
  }
  return res;
}
function decodeBlockScalar(source, parentIndent, explicitIndent, chomp, folded) {
  const lines = source ? splitLines(source) : [];
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    const content = lines[i][1];
    if (content === "" || content === "\r") chompStart = i;
    else break;
  }
  if (chompStart === 0) {
    return chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
  }
  let trimIndent = parentIndent + explicitIndent;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const [indent, content] = lines[i];
    if (content === "" || content === "\r") {
      if (explicitIndent === 0 && indent.length > trimIndent) trimIndent = indent.length;
    } else {
      if (indent.length < trimIndent) return void 0;
      if (explicitIndent === 0) trimIndent = indent.length;
      contentStart = i;
      if (trimIndent === 0) return void 0;
      break;
    }
  }
  for (let i = lines.length - 1; i >= chompStart; --i) {
    if (lines[i][0].length > trimIndent) chompStart = i + 1;
  }
  let value = "";
  let sep3 = "";
  let prevMoreIndented = false;
  for (let i = 0; i < contentStart; ++i) value += lines[i][0].slice(trimIndent) + "\n";
  for (let i = contentStart; i < chompStart; ++i) {
    const indent = lines[i][0];
    let content = lines[i][1];
    if (content[content.length - 1] === "\r") content = content.slice(0, -1);
    if (content && indent.length < trimIndent) return void 0;
    if (!folded) {
      value += sep3 + indent.slice(trimIndent) + content;
      sep3 = "\n";
    } else if (indent.length > trimIndent || content[0] === "	") {
      if (sep3 === " ") sep3 = "\n";
      else if (!prevMoreIndented && sep3 === "\n") sep3 = "\n\n";
      value += sep3 + indent.slice(trimIndent) + content;
      sep3 = "\n";
      prevMoreIndented = true;
    } else if (content === "") {
      if (sep3 === "\n") value += "\n";
      else sep3 = "\n";
    } else {
      value += sep3 + content;
      sep3 = " ";
      prevMoreIndented = false;
    }
  }
  if (chomp === "+") {
    for (let i = chompStart; i < lines.length; ++i) value += "\n" + lines[i][0].slice(trimIndent);
    if (value[value.length - 1] !== "\n") value += "\n";
  } else if (chomp !== "-") {
    value += "\n";
  }
  return value;
}
function splitLines(source) {
  const split = source.split(/\n( *)/);
  const first = split[0];
  const m = /^( *)/.exec(first);
  const lines = [m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first]];
  for (let i = 1; i < split.length; i += 2) lines.push([split[i], split[i + 1]]);
  return lines;
}

// src/source/position-table.ts
var KIND_MAP = -1;
var KIND_SEQ = -2;
var STRIDE = 5;
var PositionTable = class {
  count = 0;
  data;
  constructor(capacity = 1024) {
    this.data = new Int32Array(Math.max(16, capacity) * STRIDE);
  }
  slot() {
    const base = this.count * STRIDE;
    if (base + STRIDE > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.count += 1;
    return base;
  }
  scalar(start, end, keyStart, keyEnd) {
    const base = this.slot();
    const d = this.data;
    d[base] = start;
    d[base + 1] = end;
    d[base + 2] = keyStart;
    d[base + 3] = keyEnd;
    d[base + 4] = this.count;
  }
  /** Starts a collection; its children follow; close() it after the last one. */
  open(start, kind, keyStart, keyEnd) {
    const id = this.count;
    const base = this.slot();
    const d = this.data;
    d[base] = start;
    d[base + 1] = kind;
    d[base + 2] = keyStart;
    d[base + 3] = keyEnd;
    return id;
  }
  close(id) {
    this.data[id * STRIDE + 4] = this.count;
  }
  /** The filled part of the table. */
  finish() {
    const used = this.count * STRIDE;
    return used * 2 < this.data.length ? this.data.slice(0, used) : this.data.subarray(0, used);
  }
};
var TableDocument = class {
  constructor(file, index, value, table, root2, lines, text2) {
    this.file = file;
    this.index = index;
    this.value = value;
    this.table = table;
    this.root = root2;
    this.lines = lines;
    this.text = text2;
  }
  file;
  index;
  value;
  table;
  root;
  lines;
  text;
  locate(path, target = "value") {
    const found = this.walk(path);
    return this.rangeOf(found.key, found.node, found.complete ? target : "key");
  }
  sourceText(path, target = "value") {
    const found = this.walk(path);
    if (!found.complete) return void 0;
    if (target === "key") {
      if (path.length === 0 || found.key < 0) return void 0;
      const key = found.key * STRIDE;
      return this.text.slice(this.table[key + 2], this.table[key + 3]);
    }
    const base = found.node * STRIDE;
    const end = this.table[base + 1];
    return end < 0 ? void 0 : this.text.slice(this.table[base], end);
  }
  /** Follows `path` as far as it exists: the last node reached and the node whose key led there. */
  walk(path) {
    const t = this.table;
    let node = this.root;
    let key = -1;
    for (const segment of path) {
      const kind = t[node * STRIDE + 1];
      const after = t[node * STRIDE + 4];
      let next = -1;
      if (kind === KIND_MAP && typeof segment === "string") {
        for (let child = node + 1; child < after; child = t[child * STRIDE + 4]) {
          if (keyNameAt(this.text, t[child * STRIDE + 2], t[child * STRIDE + 3]) === segment) {
            next = child;
            break;
          }
        }
      } else if (kind === KIND_SEQ && typeof segment === "number") {
        let i = 0;
        for (let child = node + 1; child < after; child = t[child * STRIDE + 4], i++) {
          if (i === segment) {
            next = child;
            break;
          }
        }
      }
      if (next < 0) return { key, node, complete: false };
      key = t[next * STRIDE + 2] >= 0 ? next : -1;
      node = next;
    }
    return { key, node, complete: true };
  }
  rangeOf(key, node, target) {
    const t = this.table;
    const start = t[node * STRIDE];
    if (target === "value") {
      const end = t[node * STRIDE + 1];
      if (end >= 0) return this.lines.location(start, end);
      if (key < 0) return this.lines.location(start, this.lines.lineEnd(start));
    }
    if (key >= 0) return this.lines.location(t[key * STRIDE + 2], t[key * STRIDE + 3]);
    return this.lines.location(start, this.lines.lineEnd(start));
  }
};
function keyNameAt(text2, start, end) {
  const c = text2.charCodeAt(start);
  const source = text2.slice(start, end);
  if (c === 34) return decodeDoubleQuoted(source) ?? "";
  if (c === 39) return decodeSingleQuoted(source);
  const value = resolvePlainScalar(source);
  return typeof value === "string" ? value : String(value);
}

// src/source/fast-yaml.ts
var MAX_FAST_DEPTH = 200;
var MAX_KEY_LENGTH = 1e3;
var SUSPICIOUS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;
var LONE_CR = /\r(?!\n)/;
var Bail = class {
  constructor(reason) {
    this.reason = reason;
  }
  reason;
};
function bail(reason) {
  throw new Bail(reason);
}
var SPACE = 32;
var TAB = 9;
var LF = 10;
var CR = 13;
var HASH = 35;
var COLON = 58;
var DASH = 45;
var DOT = 46;
var COMMA = 44;
var DQUOTE = 34;
var SQUOTE = 39;
var LBRACKET = 91;
var RBRACKET = 93;
var LBRACE = 123;
var RBRACE = 125;
function isBlank(c) {
  return c === SPACE || c === LF || c === CR || c === TAB || c !== c;
}
function isFlowIndicator(c) {
  return c === COMMA || c === LBRACKET || c === RBRACKET || c === LBRACE || c === RBRACE;
}
function parseFastYaml(file, text2) {
  const start = text2.charCodeAt(0) === 65279 ? 1 : 0;
  if (SUSPICIOUS.test(start === 0 ? text2 : text2.slice(1)) || text2.includes("\r") && LONE_CR.test(text2)) {
    return { ok: false, reason: "control or unusual line-break character" };
  }
  if (start === 1 && (text2.charCodeAt(1) === SPACE || text2.charCodeAt(1) === DASH)) {
    return { ok: false, reason: "byte order mark before an indented line" };
  }
  try {
    const parser = new FastParser(text2, start);
    const roots = parser.parseStream();
    const lines = new LineIndex(text2);
    const table = parser.table.finish();
    const documents = roots.map(
      (root2) => new TableDocument(file, root2.index, root2.value, table, root2.node, lines, text2)
    );
    return { ok: true, file: { file, text: text2, lines, documents, problems: [] } };
  } catch (error) {
    if (error instanceof Bail) return { ok: false, reason: error.reason };
    if (error instanceof RangeError) return { ok: false, reason: "too deep for the fast parser" };
    return { ok: false, reason: `internal error: ${error instanceof Error ? error.message : String(error)}` };
  }
}
var FastParser = class {
  constructor(text2, start) {
    this.text = text2;
    this.len = text2.length;
    this.pos = start;
    this.table = new PositionTable(text2.length >> 4);
  }
  text;
  table;
  len;
  pos;
  /** Start of the line that holds `pos`. */
  lineStart = 0;
  /**
   * After nextLine(): the column of the next content line's first character, or -1 when the
   * document ends there (end of input, `---` or `...`).
   */
  indent = -1;
  flowLevel = 0;
  /** Set by scanPlain(): the `:` that makes the scanned text a mapping key, or -1. */
  colon = -1;
  /** Set by scanPlain() and scanQuoted(): whether the scalar spans several lines. */
  multiline = false;
  parseStream() {
    const t = this.text;
    const roots = [];
    let index = -1;
    let directive = false;
    for (; ; ) {
      let ls = this.pos;
      if (ls >= this.len) {
        if (directive) bail("directive without a document");
        return roots;
      }
      let j = ls;
      while (t.charCodeAt(j) === SPACE) j++;
      const c = t.charCodeAt(j);
      if (c === LF || c === CR || c === HASH || j >= this.len) {
        this.skipLine(j);
        continue;
      }
      if (c === TAB) bail("tab at the start of a line");
      if (j === ls && c === 37) {
        if (directive) bail("several directives");
        if (!/^%YAML 1\.[12](?:[ \t]+(?:#.*)?)?$/.test(t.slice(ls, this.lineEndOf(ls)))) bail("unsupported directive");
        directive = true;
        this.skipLine(ls);
        continue;
      }
      let explicitStart = j === ls && this.isMarker(ls);
      if (explicitStart && c === DOT) bail("document end marker without a document");
      if (directive && !explicitStart) bail("directive without a document start marker");
      directive = false;
      for (; ; ) {
        index += 1;
        if (explicitStart) {
          this.pos = ls + 3;
          this.afterMarker();
        } else {
          this.pos = ls;
        }
        this.nextLine();
        if (this.indent >= 0) {
          const node = this.table.count;
          const value = this.parseBlockNode(-1, -1, -1, 1, false);
          if (this.indent >= 0) bail("content after the document root");
          roots.push({ index, value, node });
        }
        if (this.pos >= this.len) return roots;
        ls = this.pos;
        if (t.charCodeAt(ls) === DASH) {
          explicitStart = true;
          continue;
        }
        this.pos = ls + 3;
        this.afterMarker();
        break;
      }
    }
  }
  /** After `---` or `...`: only spaces and a comment may follow on the line. */
  afterMarker() {
    const t = this.text;
    let i = this.pos;
    while (t.charCodeAt(i) === SPACE) i++;
    const c = t.charCodeAt(i);
    if (c === HASH) {
      if (i === this.pos) bail("comment not separated from the marker");
    } else if (!(c === LF || c === CR || i >= this.len)) {
      bail("content on the document marker line");
    }
    this.skipLine(i);
  }
  /** Moves `pos` to the start of the line after the one that holds `i`. */
  skipLine(i) {
    const nl = this.text.indexOf("\n", i);
    this.pos = nl === -1 ? this.len : nl + 1;
  }
  lineEndOf(i) {
    const nl = this.text.indexOf("\n", i);
    const end = nl === -1 ? this.len : nl;
    return end > i && this.text.charCodeAt(end - 1) === CR ? end - 1 : end;
  }
  /** `---` or `...` at `i` followed by a blank. */
  isMarker(i) {
    const t = this.text;
    const c = t.charCodeAt(i);
    if (c !== DASH && c !== DOT) return false;
    return t.charCodeAt(i + 1) === c && t.charCodeAt(i + 2) === c && isBlank(t.charCodeAt(i + 3));
  }
  /**
   * From the start of a line, skips blank and comment lines and stops at the first character of
   * the next content line (setting `indent`), or at a document marker / end of input (indent -1).
   */
  nextLine() {
    const t = this.text;
    const len = this.len;
    let ls = this.pos;
    for (; ; ) {
      if (ls >= len) {
        this.indent = -1;
        this.pos = len;
        return;
      }
      let j = ls;
      while (t.charCodeAt(j) === SPACE) j++;
      const c = t.charCodeAt(j);
      if (c === LF) {
        ls = j + 1;
        continue;
      }
      if (c === CR) {
        ls = j + 2;
        continue;
      }
      if (c === HASH) {
        const nl = t.indexOf("\n", j);
        ls = nl === -1 ? len : nl + 1;
        continue;
      }
      if (j >= len) {
        ls = len;
        continue;
      }
      if (c === TAB) bail("tab in indentation");
      this.lineStart = ls;
      if (j === ls && this.isMarker(ls)) {
        this.indent = -1;
        this.pos = ls;
        return;
      }
      this.pos = j;
      this.indent = j - ls;
      return;
    }
  }
  /** After a value: spaces, an optional comment, then the line break (or end of input). */
  endLine() {
    const t = this.text;
    let i = this.pos;
    let space = false;
    let c = t.charCodeAt(i);
    while (c === SPACE || c === TAB) {
      space = true;
      c = t.charCodeAt(++i);
    }
    if (c === HASH) {
      if (!space) bail("comment not separated by a space");
      this.skipLine(i);
      return;
    }
    if (c === LF) this.pos = i + 1;
    else if (c === CR) this.pos = i + 2;
    else if (i >= this.len) this.pos = this.len;
    else bail("unexpected content after a value");
  }
  // ---------------------------------------------------------------- block nodes
  /**
   * A node that starts at `pos`: at the start of its line, or after `- ` (`sameLine`).
   * `parentCol` is the column of the enclosing block collection (-1 at the root).
   * Returns with `pos`/`indent` at the next content line.
   */
  parseBlockNode(parentCol, ks, ke, depth, sameLine) {
    if (depth > MAX_FAST_DEPTH) bail("deep nesting");
    const t = this.text;
    const start = this.pos;
    const col = start - this.lineStart;
    const c = t.charCodeAt(start);
    switch (c) {
      case DASH:
        if (isBlank(t.charCodeAt(start + 1))) return this.parseBlockSeq(col, ks, ke, depth);
        break;
      case LBRACKET:
      case LBRACE: {
        const value2 = this.parseFlow(parentCol + 1, ks, ke, depth);
        this.endValueLine();
        return value2;
      }
      case DQUOTE:
      case SQUOTE: {
        const end2 = this.scanQuoted(parentCol + 1);
        if (this.isKeyIndicatorAfter(end2)) {
          if (this.multiline) bail("multi-line key");
          return this.parseBlockMap(col, start, end2, ks, ke, depth);
        }
        const value2 = this.quotedValue(start, end2);
        this.table.scalar(start, end2, ks, ke);
        this.pos = end2;
        this.endLine();
        this.nextLine();
        return value2;
      }
      case 124:
      // |
      case 62:
        if (!sameLine) bail("block scalar header on its own line");
        return this.parseBlockScalar(parentCol, ks, ke);
      default:
        if (!this.isPlainStart(c, start)) bail("unsupported node start");
    }
    const end = this.scanPlain(parentCol + 1, true);
    if (this.colon >= 0) return this.parseBlockMap(col, start, end, ks, ke, depth);
    this.table.scalar(start, end, ks, ke);
    const value = this.plainValue(start, end);
    this.pos = end;
    this.endLine();
    this.nextLine();
    return value;
  }
  /** After a flow collection in block context: no `:` (a flow key), then the end of the line. */
  endValueLine() {
    const t = this.text;
    let i = this.pos;
    while (t.charCodeAt(i) === SPACE || t.charCodeAt(i) === TAB) i++;
    if (t.charCodeAt(i) === COLON) bail("flow collection as a key");
    this.endLine();
    this.nextLine();
  }
  /** Whether a `:` indicator follows position `i` on the same line (after spaces). */
  isKeyIndicatorAfter(i) {
    const t = this.text;
    let c = t.charCodeAt(i);
    while (c === SPACE || c === TAB) c = t.charCodeAt(++i);
    if (c !== COLON) return false;
    if (!isBlank(t.charCodeAt(i + 1))) bail("`:` after a quoted key without a space");
    this.colon = i;
    return true;
  }
  /** A plain scalar may start with `c` in block context (`-x` yes, `- x`, `?`, `:` and indicators no). */
  isPlainStart(c, at) {
    switch (c) {
      case DASH:
        return !isBlank(this.text.charCodeAt(at + 1));
      case 63:
      // ?
      case COLON:
      case HASH:
      case 38:
      // &
      case 42:
      // *
      case 33:
      // !
      case 37:
      // %
      case 64:
      // @
      case 96:
      // `
      case COMMA:
      case RBRACKET:
      case RBRACE:
      case LBRACKET:
      case LBRACE:
      case DQUOTE:
      case SQUOTE:
      case 124:
      // |
      case 62:
      // >
      case TAB:
      case SPACE:
      case LF:
      case CR:
        return false;
      default:
        return c === c;
    }
  }
  parseBlockMap(col, keyStart, keyEnd, ks, ke, depth) {
    const t = this.text;
    const table = this.table;
    const obj = {};
    const id = table.open(keyStart, KIND_MAP, ks, ke);
    let pairs = 0;
    for (; ; ) {
      const colon = this.colon;
      if (colon - keyStart > MAX_KEY_LENGTH) bail("very long key");
      const name = this.keyName(keyStart, keyEnd);
      let i = colon + 1;
      let c = t.charCodeAt(i);
      while (c === SPACE) c = t.charCodeAt(++i);
      let value;
      if (c === LF || c === CR || c === HASH || i >= this.len) {
        const empty = i;
        this.pos = colon + 1;
        this.endLine();
        this.nextLine();
        if (this.indent > col) {
          value = this.parseBlockNode(col, keyStart, keyEnd, depth + 1, false);
        } else if (this.indent === col && t.charCodeAt(this.pos) === DASH && isBlank(t.charCodeAt(this.pos + 1))) {
          value = this.parseBlockSeq(col, keyStart, keyEnd, depth + 1);
        } else {
          value = null;
          table.scalar(empty, empty, keyStart, keyEnd);
        }
      } else {
        if (c === TAB) bail("tab after `:`");
        this.pos = i;
        value = this.parseInlineValue(col, keyStart, keyEnd, depth + 1);
      }
      setKey(obj, name, value);
      pairs += 1;
      if (this.indent !== col) {
        if (this.indent > col) bail("bad indentation");
        break;
      }
      keyStart = this.pos;
      const k = t.charCodeAt(keyStart);
      if (k === DQUOTE || k === SQUOTE) {
        keyEnd = this.scanQuoted(col + 1);
        if (this.multiline || !this.isKeyIndicatorAfter(keyEnd)) bail("expected a mapping key");
      } else {
        if (!this.isPlainStart(k, keyStart)) bail("unsupported mapping key");
        keyEnd = this.scanPlain(col + 1, true);
        if (this.colon < 0) bail("expected a mapping key");
      }
    }
    checkKeyCount(obj, pairs);
    table.close(id);
    return obj;
  }
  /** The decoded name of the key at [start, end), as the library turns it into an object key. */
  keyName(start, end) {
    const c = this.text.charCodeAt(start);
    let name;
    if (c === DQUOTE || c === SQUOTE) {
      name = this.quotedValue(start, end);
    } else {
      const value = resolvePlainScalar(this.text.slice(start, end));
      if (value === null) bail("null key");
      name = typeof value === "string" ? value : String(value);
    }
    if (name === "<<") bail("merge key");
    return name;
  }
  /** A value on the same line as its key (after `key: `). */
  parseInlineValue(mapCol, ks, ke, depth) {
    const t = this.text;
    const start = this.pos;
    const c = t.charCodeAt(start);
    switch (c) {
      case DQUOTE:
      case SQUOTE: {
        const end2 = this.scanQuoted(mapCol + 1);
        const value2 = this.quotedValue(start, end2);
        this.table.scalar(start, end2, ks, ke);
        this.pos = end2;
        if (this.isKeyIndicatorAfter(end2)) bail("nested mapping on the key line");
        this.endLine();
        this.nextLine();
        return value2;
      }
      case LBRACKET:
      case LBRACE: {
        if (depth > MAX_FAST_DEPTH) bail("deep nesting");
        const value2 = this.parseFlow(mapCol + 1, ks, ke, depth);
        this.endValueLine();
        return value2;
      }
      case 124:
      // |
      case 62:
        return this.parseBlockScalar(mapCol, ks, ke);
      default:
        if (!this.isPlainStart(c, start)) bail("unsupported value start");
    }
    const end = this.scanPlain(mapCol + 1, false);
    this.table.scalar(start, end, ks, ke);
    const value = this.plainValue(start, end);
    this.pos = end;
    this.endLine();
    this.nextLine();
    return value;
  }
  parseBlockSeq(col, ks, ke, depth) {
    const t = this.text;
    const table = this.table;
    const arr = [];
    const id = table.open(this.pos, KIND_SEQ, ks, ke);
    for (; ; ) {
      let i = this.pos + 1;
      let c = t.charCodeAt(i);
      while (c === SPACE) c = t.charCodeAt(++i);
      if (c === LF || c === CR || c === HASH || i >= this.len) {
        const empty = i;
        this.pos += 1;
        this.endLine();
        this.nextLine();
        if (this.indent > col) {
          arr.push(this.parseBlockNode(col, -1, -1, depth + 1, false));
        } else {
          arr.push(null);
          table.scalar(empty, empty, -1, -1);
        }
      } else {
        if (c === TAB) bail("tab after `-`");
        this.pos = i;
        arr.push(this.parseBlockNode(col, -1, -1, depth + 1, true));
      }
      if (this.indent === col && t.charCodeAt(this.pos) === DASH && isBlank(t.charCodeAt(this.pos + 1))) continue;
      if (this.indent > col) bail("bad indentation");
      break;
    }
    table.close(id);
    return arr;
  }
  // ---------------------------------------------------------------- scalars
  /**
   * Scans a plain scalar in block context from `pos`, as the library's lexer delimits it, and
   * returns its end (after the last content character). Continuation lines must be indented at
   * least `minIndent`. When `allowKey`, a `: ` on the first line ends the scan and sets `colon`.
   */
  scanPlain(minIndent, allowKey) {
    const t = this.text;
    const len = this.len;
    let i = this.pos;
    let end = i;
    let firstLine = true;
    this.colon = -1;
    this.multiline = false;
    for (; ; ) {
      if (i >= len) return end;
      const c = t.charCodeAt(i);
      if (c === COLON) {
        if (isBlank(t.charCodeAt(i + 1))) {
          if (firstLine && allowKey) {
            this.colon = i;
            return end;
          }
          bail("`: ` inside a plain scalar");
        }
        end = ++i;
      } else if (c === SPACE || c === TAB) {
        if (t.charCodeAt(i + 1) === HASH) return end;
        i++;
      } else if (c === LF || c === CR) {
        let nl = c === CR ? i + 1 : i;
        for (; ; ) {
          const ls = nl + 1;
          if (ls >= len) return end;
          let j = ls;
          while (t.charCodeAt(j) === SPACE) j++;
          const d = t.charCodeAt(j);
          if (d === LF) {
            nl = j;
            continue;
          }
          if (d === CR) {
            nl = j + 1;
            continue;
          }
          if (j >= len || j - ls < minIndent || d === HASH) return end;
          if (minIndent === 0 && this.isMarker(ls)) return end;
          i = j;
          break;
        }
        firstLine = false;
        this.multiline = true;
      } else {
        end = ++i;
      }
    }
  }
  plainValue(start, end) {
    const source = this.text.slice(start, end);
    return resolvePlainScalar(this.multiline ? unfoldLines(source) : source);
  }
  /**
   * Scans a quoted scalar starting at `pos` and returns the index after its closing quote.
   * Continuation lines must be indented at least `minIndent` (or be empty), as the lexer requires.
   */
  scanQuoted(minIndent) {
    const t = this.text;
    const len = this.len;
    const quote = t.charCodeAt(this.pos);
    let i = this.pos + 1;
    let multiline = false;
    for (; ; ) {
      if (i >= len) bail("missing closing quote");
      const c = t.charCodeAt(i);
      if (c === quote) {
        if (quote === SQUOTE && t.charCodeAt(i + 1) === SQUOTE) {
          i += 2;
          continue;
        }
        break;
      }
      if (c === 92 && quote === DQUOTE) {
        const n = t.charCodeAt(i + 1);
        i += n === LF || n === CR ? 1 : 2;
        continue;
      }
      if (c === LF) {
        multiline = true;
        const ls = i + 1;
        if (minIndent > 0) {
          let j = ls;
          while (t.charCodeAt(j) === SPACE) j++;
          const d = t.charCodeAt(j);
          if (!(d === LF || d === CR && t.charCodeAt(j + 1) === LF || j - ls >= minIndent)) {
            bail("quoted scalar continuation not indented");
          }
        } else if (this.isMarker(ls)) {
          bail("document marker inside a quoted scalar");
        }
      }
      i++;
    }
    this.multiline = multiline;
    return i + 1;
  }
  /** The value of the quoted scalar at [start, end). */
  quotedValue(start, end) {
    const t = this.text;
    if (t.charCodeAt(start) === SQUOTE) {
      const source = t.slice(start, end);
      if (!this.multiline && !source.includes("''", 1)) return source.slice(1, -1);
      return decodeSingleQuoted(source);
    }
    if (!this.multiline) {
      let plain = true;
      for (let i = start + 1; i < end - 1; i++) {
        if (t.charCodeAt(i) === 92) {
          plain = false;
          break;
        }
      }
      if (plain) return t.slice(start + 1, end - 1);
    }
    const value = decodeDoubleQuoted(t.slice(start, end));
    if (value === void 0) bail("invalid escape");
    return value;
  }
  /**
   * A block scalar (`|` or `>` at `pos`, on the line of its key or `-`), delimited exactly as the
   * library's lexer does, then decoded by the library's rules.
   */
  parseBlockScalar(parentCol, ks, ke) {
    const t = this.text;
    const len = this.len;
    const start = this.pos;
    const folded = t.charCodeAt(start) === 62;
    let chomp = "";
    let explicit = 0;
    let i = start + 1;
    for (; ; ) {
      const c2 = t.charCodeAt(i);
      if (isBlank(c2) || c2 === HASH) break;
      if ((c2 === DASH || c2 === 43) && chomp === "") chomp = c2 === DASH ? "-" : "+";
      else if (c2 >= 49 && c2 <= 57 && explicit === 0) explicit = c2 - 48;
      else bail("unsupported block scalar header");
      i++;
    }
    let c = t.charCodeAt(i);
    let space = false;
    while (c === SPACE || c === TAB) {
      space = true;
      c = t.charCodeAt(++i);
    }
    if (c === HASH) {
      if (!space) bail("comment not separated by a space");
      const nl2 = t.indexOf("\n", i);
      i = nl2 === -1 ? len : nl2;
      c = t.charCodeAt(i);
    }
    if (c === CR) c = t.charCodeAt(++i);
    if (c !== LF) bail("block scalar header at the end of input");
    const contentStart = i + 1;
    let indentNext = parentCol + 1;
    let nl = contentStart - 1;
    let indent = 0;
    let j = contentStart;
    for (; j < len; j++) {
      const ch = t.charCodeAt(j);
      if (ch === SPACE) indent += 1;
      else if (ch === LF) {
        nl = j;
        indent = 0;
      } else if (ch === CR && t.charCodeAt(j + 1) === LF) {
      } else break;
    }
    if (indent >= indentNext) {
      indentNext = explicit === 0 ? indent : explicit - 1 + indentNext;
      do {
        const cs = this.continueBlockScalar(nl + 1, indentNext);
        if (cs === -1) break;
        nl = t.indexOf("\n", cs);
      } while (nl !== -1);
      if (nl === -1) nl = len;
    }
    let k = nl + 1;
    while (t.charCodeAt(k) === SPACE) k++;
    if (t.charCodeAt(k) === TAB) bail("tab after a block scalar");
    if (chomp !== "+") {
      for (; ; ) {
        let m = nl - 1;
        let ch = t.charCodeAt(m);
        if (ch === CR) ch = t.charCodeAt(--m);
        const lastChar = m;
        while (ch === SPACE) ch = t.charCodeAt(--m);
        if (ch === LF && m >= contentStart && m + 1 + indent > lastChar) nl = m;
        else break;
      }
    }
    const end = Math.min(nl + 1, len);
    const source = t.slice(contentStart, end);
    if (source.includes("	")) this.checkBlockScalarTabs(source);
    const value = decodeBlockScalar(source, parentCol, explicit, chomp, folded);
    if (value === void 0) bail("block scalar indentation");
    this.table.scalar(start, end, ks, ke);
    this.pos = end;
    this.nextLine();
    return value;
  }
  /** The lexer's continueScalar() for a block scalar (indentNext > 0). */
  continueBlockScalar(offset, indentNext) {
    const t = this.text;
    let indent = 0;
    let ch = t.charCodeAt(offset);
    while (ch === SPACE) ch = t.charCodeAt(++indent + offset);
    if (ch === CR && t.charCodeAt(indent + offset + 1) === LF) return offset + indent + 1;
    return ch === LF || indent >= indentNext ? offset + indent : -1;
  }
  /** Tabs are fine inside block scalar content, but not on lines that hold only white space. */
  checkBlockScalarTabs(source) {
    for (const line of source.split("\n")) {
      if (line.includes("	") && /^[ \t\r]*$/.test(line)) bail("tab-only line in a block scalar");
    }
  }
  // ---------------------------------------------------------------- flow collections
  /**
   * A flow collection at `pos` (`[` or `{`). Lines inside must be indented at least `minIndent`
   * (the outermost closing bracket may sit one column less), as the library's lexer requires.
   */
  parseFlow(minIndent, ks, ke, depth) {
    if (depth > MAX_FAST_DEPTH) bail("deep nesting");
    const t = this.text;
    const table = this.table;
    const start = this.pos;
    const isMap2 = t.charCodeAt(start) === LBRACE;
    this.flowLevel += 1;
    this.pos += 1;
    let result;
    if (!isMap2) {
      const arr = [];
      const id = table.open(start, KIND_SEQ, ks, ke);
      this.skipFlowSpace(minIndent, false);
      if (t.charCodeAt(this.pos) === RBRACKET) this.pos++;
      else {
        for (; ; ) {
          const item = t.charCodeAt(this.pos);
          arr.push(this.parseFlowValue(minIndent, -1, -1, depth + 1));
          this.skipFlowSpace(minIndent, false, item === LBRACKET || item === LBRACE);
          const c = t.charCodeAt(this.pos);
          if (c === COMMA) {
            this.pos++;
            this.skipFlowSpace(minIndent, false);
            if (t.charCodeAt(this.pos) === RBRACKET) {
              this.pos++;
              break;
            }
            continue;
          }
          if (c === RBRACKET) {
            this.pos++;
            break;
          }
          bail(c === COLON ? "pair in a flow sequence" : "expected , or ] in a flow sequence");
        }
      }
      table.close(id);
      result = arr;
    } else {
      const obj = {};
      const id = table.open(start, KIND_MAP, ks, ke);
      let pairs = 0;
      this.skipFlowSpace(minIndent, false);
      if (t.charCodeAt(this.pos) === RBRACE) this.pos++;
      else {
        for (; ; ) {
          const keyStart = this.pos;
          const k = t.charCodeAt(keyStart);
          let keyEnd;
          let quoted = false;
          if (k === DQUOTE || k === SQUOTE) {
            keyEnd = this.scanQuoted(minIndent);
            if (this.multiline) bail("multi-line key");
            quoted = true;
          } else {
            if (!this.isFlowPlainStart(k, keyStart)) bail("unsupported flow mapping key");
            keyEnd = this.scanFlowPlain();
          }
          const name = this.keyName(keyStart, keyEnd);
          let i = keyEnd;
          let c = t.charCodeAt(i);
          while (c === SPACE || c === TAB) c = t.charCodeAt(++i);
          if (c !== COLON) bail("flow mapping key without a value");
          const n = t.charCodeAt(i + 1);
          if (!quoted && !(isBlank(n) || n === COMMA)) bail("`:` without a space in a flow mapping");
          this.pos = i + 1;
          let empty = this.pos;
          while (t.charCodeAt(empty) === SPACE || t.charCodeAt(empty) === TAB) empty++;
          this.skipFlowSpace(minIndent, false);
          c = t.charCodeAt(this.pos);
          let value;
          if (c === COMMA || c === RBRACE) {
            value = null;
            table.scalar(empty, empty, keyStart, keyEnd);
          } else {
            value = this.parseFlowValue(minIndent, keyStart, keyEnd, depth + 1);
          }
          setKey(obj, name, value);
          pairs += 1;
          this.skipFlowSpace(minIndent, false, true);
          c = t.charCodeAt(this.pos);
          if (c === COMMA) {
            this.pos++;
            this.skipFlowSpace(minIndent, false);
            if (t.charCodeAt(this.pos) === RBRACE) {
              this.pos++;
              break;
            }
            continue;
          }
          if (c === RBRACE) {
            this.pos++;
            break;
          }
          bail("expected , or } in a flow mapping");
        }
      }
      checkKeyCount(obj, pairs);
      table.close(id);
      result = obj;
    }
    this.flowLevel -= 1;
    return result;
  }
  /** A scalar or nested collection inside a flow collection. */
  parseFlowValue(minIndent, ks, ke, depth) {
    const t = this.text;
    const start = this.pos;
    const c = t.charCodeAt(start);
    if (c === LBRACKET || c === LBRACE) return this.parseFlow(minIndent, ks, ke, depth);
    if (c === DQUOTE || c === SQUOTE) {
      const end2 = this.scanQuoted(minIndent);
      const value = this.quotedValue(start, end2);
      this.table.scalar(start, end2, ks, ke);
      this.pos = end2;
      return value;
    }
    if (!this.isFlowPlainStart(c, start)) bail("unsupported flow value");
    const end = this.scanFlowPlain();
    this.table.scalar(start, end, ks, ke);
    this.pos = end;
    return resolvePlainScalar(t.slice(start, end));
  }
  isFlowPlainStart(c, at) {
    if (c === DASH) {
      const n = this.text.charCodeAt(at + 1);
      return !(isBlank(n) || isFlowIndicator(n));
    }
    return this.isPlainStart(c, at);
  }
  /** A single-line plain scalar inside a flow collection; returns its end. */
  scanFlowPlain() {
    const t = this.text;
    const len = this.len;
    let i = this.pos;
    let end = i;
    for (; ; ) {
      if (i >= len) return end;
      const c = t.charCodeAt(i);
      if (c === COLON) {
        const n = t.charCodeAt(i + 1);
        if (isBlank(n) || isFlowIndicator(n)) return end;
        end = ++i;
      } else if (c === SPACE || c === TAB) {
        if (t.charCodeAt(i + 1) === HASH) return end;
        i++;
      } else if (c === LF || c === CR) {
        let j = c === CR ? i + 2 : i + 1;
        for (; ; ) {
          let d = t.charCodeAt(j);
          while (d === SPACE || d === TAB) d = t.charCodeAt(++j);
          if (d === LF) {
            j++;
            continue;
          }
          if (d === CR) {
            j += 2;
            continue;
          }
          if (d === HASH || d === COMMA || d === RBRACKET || d === RBRACE) return end;
          bail("multi-line plain scalar in a flow collection");
        }
      } else if (isFlowIndicator(c)) {
        return end;
      } else {
        end = ++i;
      }
    }
  }
  /**
   * Skips white space, comments and line breaks inside a flow collection, enforcing the lexer's
   * indentation rule on every new line. `space` tells whether white space precedes `pos`.
   * `afterValue`: `pos` follows a flow mapping value or a nested collection, which takes the next
   * line break into its own trailing tokens, so that a comment at column 0 on the next line counts
   * as not separated by white space (the library reports it).
   */
  skipFlowSpace(minIndent, space, afterValue = false) {
    const t = this.text;
    const len = this.len;
    let i = this.pos;
    let firstBreak = afterValue;
    for (; ; ) {
      const c = t.charCodeAt(i);
      if (c === SPACE || c === TAB) {
        space = true;
        i++;
      } else if (c === LF || c === CR) {
        const ls = c === CR ? i + 2 : i + 1;
        let j = ls;
        while (t.charCodeAt(j) === SPACE) j++;
        const indent = j - ls;
        let d = t.charCodeAt(j);
        if (firstBreak && d === HASH && j === ls) bail("comment at column 0 after a flow value");
        firstBreak = false;
        while (d === SPACE || d === TAB) d = t.charCodeAt(++j);
        if (j >= len) bail("unterminated flow collection");
        space = true;
        i = j;
        if (d === LF || d === CR || d === HASH) continue;
        if (indent < minIndent && !(indent === minIndent - 1 && this.flowLevel === 1 && (d === RBRACKET || d === RBRACE))) {
          bail("flow collection line not indented enough");
        }
        if (indent === 0 && this.isMarker(j)) bail("document marker inside a flow collection");
      } else if (c === HASH) {
        if (!space) bail("comment not separated by a space");
        const nl = t.indexOf("\n", i);
        if (nl === -1) bail("unterminated flow collection");
        i = t.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
      } else {
        if (i >= len) bail("unterminated flow collection");
        this.pos = i;
        return;
      }
    }
  }
};
function setKey(obj, name, value) {
  if (name === "__proto__") {
    Object.defineProperty(obj, name, { value, writable: true, enumerable: true, configurable: true });
  } else {
    obj[name] = value;
  }
}
function checkKeyCount(obj, pairs) {
  if (Object.keys(obj).length !== pairs) bail("duplicate key");
}

// src/source/parse-yaml-with-library.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_DEPTH2 = 256;
var MAX_ALIASES = 100;
var MAX_PROBLEMS_PER_DOCUMENT = 5;
var goYamlPlain = {
  tag: "tag:kubeplan.io,2024:plain",
  default: true,
  test: /[\s\S]*/,
  resolve: resolvePlainScalar
};
var OPTIONS = {
  version: "1.1",
  uniqueKeys: false,
  // checked below, with kubectl's wording and both positions
  prettyErrors: false,
  logLevel: "error",
  // no warnings on stderr: the core stays free of side effects
  customTags: (tags) => [
    ...tags.map(
      (tag) => typeof tag === "object" && tag.test && tag.default === true ? { ...tag, default: false } : tag
    ),
    goYamlPlain
  ]
};
function parseYamlWithLibrary(file, text2) {
  const lines = new LineIndex(text2);
  const problems = [];
  const documents = [];
  let stream;
  try {
    stream = (0, import_yaml.parseAllDocuments)(text2, OPTIONS);
  } catch (error) {
    problems.push({ message: describeThrown(error), location: lines.location(0, 0) });
    return { file, text: text2, lines, documents, problems };
  }
  if (!Array.isArray(stream)) stream = [];
  const streamErrors = stream.errors;
  if (stream.length === 0 && streamErrors) {
    for (const error of streamErrors.slice(0, MAX_PROBLEMS_PER_DOCUMENT)) problems.push(yamlProblem(error, lines));
  }
  stream.forEach((doc, index) => {
    if (doc.errors.length > 0) {
      const reported = doc.errors.slice(0, MAX_PROBLEMS_PER_DOCUMENT).map((error) => yamlProblem(error, lines));
      const tooDeep = reported.findIndex((p) => p.message === TOO_DEEP);
      problems.push(...reported.filter((p, i) => p.message !== TOO_DEEP || i === tooDeep));
      return;
    }
    const root2 = doc.contents;
    if (root2 === null || (0, import_yaml.isScalar)(root2) && root2.value === null && root2.source === "") return;
    const structural = checkStructure(doc, root2, lines);
    if (structural.length > 0) {
      problems.push(...structural.slice(0, MAX_PROBLEMS_PER_DOCUMENT));
      return;
    }
    let value;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (error) {
      const range = root2.range ?? [0, 0];
      problems.push({ message: describeThrown(error), location: lines.location(range[0], range[0]) });
      return;
    }
    documents.push(new YamlDocument(file, index, value, doc, lines, text2));
  });
  return { file, text: text2, lines, documents, problems };
}
var TOO_DEEP = `document is nested too deeply (more than ${MAX_DEPTH2} levels)`;
function yamlProblem(error, lines) {
  const [start, end] = error.pos;
  const message = error.code === "RESOURCE_EXHAUSTION" && /call stack/i.test(error.message) ? TOO_DEEP : error.message.replace(/ at line \d+, column \d+[\s\S]*$/, "").replace(/:\s*$/, "");
  return { message, location: lines.location(start, Math.max(start, Math.min(end, lines.lineEnd(start)))) };
}
function describeThrown(error) {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof RangeError && /call stack/i.test(message)) return TOO_DEEP;
  if (error instanceof ReferenceError && /excessive alias count/i.test(message)) {
    return `too many aliases in one document (more than ${MAX_ALIASES}): refusing a possible alias bomb`;
  }
  const unresolved = /^Unresolved alias .*: (.*)$/.exec(message);
  if (unresolved) return `unknown alias *${unresolved[1]}: its anchor must be defined before it`;
  return `cannot decode document: ${message}`;
}
function checkStructure(doc, root2, lines) {
  const problems = [];
  const stack = [[root2, 1]];
  while (stack.length > 0 && problems.length < MAX_PROBLEMS_PER_DOCUMENT) {
    const [node, depth] = stack.pop();
    if (depth > MAX_DEPTH2) {
      const start = node.range?.[0] ?? 0;
      problems.push({
        message: `document is nested too deeply (more than ${MAX_DEPTH2} levels)`,
        location: lines.location(start, start)
      });
      break;
    }
    if ((0, import_yaml.isAlias)(node)) {
      const target = node.resolve(doc);
      const at = node.range?.[0] ?? 0;
      if (target?.range && at >= target.range[0] && at < target.range[1]) {
        problems.push({
          message: `anchor "${node.source}" contains an alias to itself`,
          location: lines.location(at, node.range?.[1] ?? at)
        });
      }
      continue;
    }
    if ((0, import_yaml.isMap)(node)) {
      const seen = /* @__PURE__ */ new Map();
      for (const pair of node.items) {
        const key = pair.key;
        if (key !== null && !(0, import_yaml.isScalar)(key)) {
          if ((0, import_yaml.isAlias)(key) && (0, import_yaml.isScalar)(key.resolve(doc))) continue;
          const start = key.range?.[0] ?? 0;
          problems.push({ message: "mapping keys must be plain values", location: lines.location(start, lines.lineEnd(start)) });
          continue;
        }
        const name = key === null ? "null" : keyString(key.value);
        if (name !== "<<") {
          const [start, end] = key?.range ?? [0, 0];
          const previous = seen.get(name);
          if (previous !== void 0) {
            problems.push({
              message: `mapping key "${name}" already defined at line ${lines.position(previous).line}`,
              location: lines.location(start, end)
            });
          } else {
            seen.set(name, start);
          }
        }
        if (pair.value) stack.push([pair.value, depth + 1]);
      }
    } else if ((0, import_yaml.isSeq)(node)) {
      for (const item of node.items) if (item) stack.push([item, depth + 1]);
    }
  }
  return problems;
}
function keyString(value) {
  return value === null ? "null" : String(value);
}
var YamlDocument = class {
  constructor(file, index, value, doc, lines, text2) {
    this.file = file;
    this.index = index;
    this.value = value;
    this.doc = doc;
    this.lines = lines;
    this.text = text2;
  }
  file;
  index;
  value;
  doc;
  lines;
  text;
  locate(path, target = "value") {
    const found = this.walk(path);
    return this.rangeOf(found.key, found.node, found.complete ? target : "key");
  }
  sourceText(path, target = "value") {
    const found = this.walk(path);
    if (target === "key") {
      if (path.length === 0 || found.reached < path.length || !found.key) return void 0;
      const key = found.key;
      return (0, import_yaml.isScalar)(key) && key.range ? this.text.slice(key.range[0], key.range[1]) : void 0;
    }
    if (!found.complete || !found.node) return void 0;
    const node = this.resolve(found.node);
    if (!(0, import_yaml.isScalar)(node) || !node.range) return void 0;
    return this.text.slice(node.range[0], node.range[1]);
  }
  /** Follows `path` as far as it exists: the last key and value node reached. */
  walk(path) {
    let node = this.doc.contents;
    let key = null;
    let reached = 0;
    for (const segment of path) {
      const current = this.resolve(node);
      let next;
      if ((0, import_yaml.isMap)(current) && typeof segment === "string") next = this.findPair(current, segment);
      else if ((0, import_yaml.isSeq)(current) && typeof segment === "number") {
        const item = current.items[segment];
        if (item) next = { key: null, value: item };
      }
      if (!next) return { key, node, complete: false, reached };
      key = next.key;
      reached++;
      if (next.value === null) return { key, node: null, complete: false, reached };
      node = next.value;
    }
    return { key, node, complete: true, reached };
  }
  resolve(node) {
    let current = node;
    for (let hops = 0; current && (0, import_yaml.isAlias)(current) && hops < 10; hops++) {
      current = current.resolve(this.doc);
    }
    return current ?? node;
  }
  findPair(map, name, depth = 0) {
    if (!(0, import_yaml.isMap)(map) || depth > 10) return void 0;
    let merges = [];
    for (const pair of map.items) {
      if (!(0, import_yaml.isPair)(pair)) continue;
      const key = pair.key;
      const keyValue = key && (0, import_yaml.isScalar)(key) ? keyString(key.value) : null;
      if (keyValue === name) return { key, value: pair.value };
      if (keyValue === "<<" && pair.value) {
        const source = this.resolve(pair.value);
        merges = merges.concat((0, import_yaml.isSeq)(source) ? source.items.map((n) => this.resolve(n)) : [source]);
      }
    }
    for (const source of merges) {
      const found = this.findPair(source, name, depth + 1);
      if (found) return found;
    }
    return void 0;
  }
  rangeOf(key, node, target) {
    const keyRange = key?.range;
    if (node && target === "value") {
      const resolved = this.resolve(node);
      const range = node.range;
      if (range && ((0, import_yaml.isScalar)(resolved) || (0, import_yaml.isAlias)(node))) return this.lines.location(range[0], range[1]);
      if (!keyRange && range) return this.lines.location(range[0], this.lines.lineEnd(range[0]));
    }
    if (keyRange) return this.lines.location(keyRange[0], keyRange[1]);
    const start = node?.range?.[0] ?? 0;
    return this.lines.location(start, this.lines.lineEnd(start));
  }
};

// src/source/parse-yaml.ts
function parseYaml(file, text2) {
  const fast = parseFastYaml(file, text2);
  if (fast.ok) return fast.file;
  const control = CONTROL_CHARACTER.exec(text2);
  if (control) return binaryFile(file, text2, control.index);
  return parseYamlWithLibrary(file, text2);
}
var CONTROL_CHARACTER = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]/;
function binaryFile(file, text2, offset) {
  const lines = new LineIndex(text2);
  const code = text2.charCodeAt(offset).toString(16).toUpperCase().padStart(4, "0");
  return {
    file,
    text: text2,
    lines,
    documents: [],
    problems: [
      {
        message: `control character U+${code} is not allowed in YAML (is this a binary file?)`,
        location: lines.location(offset, offset + 1)
      }
    ]
  };
}

// schemas/cluster.schema.json
var cluster_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://kubeplan.io/schemas/cluster.schema.json",
  title: "kubeplan cluster model",
  description: "The `cluster:` section of .kubeplan.yaml (or the content of a --cluster file in short form): the nodes `kubeplan plan` schedules onto. Without it kubeplan uses 3 workers node-1..node-3 with 4 CPU, 16Gi memory and 110 pods each, in zones a, b and c.",
  type: "object",
  additionalProperties: false,
  properties: {
    nodePortRange: {
      description: `A port range such as "30000-32767": the API server's --service-node-port-range.`,
      type: "string",
      pattern: "^\\s*[0-9]+\\s*-\\s*[0-9]+\\s*$",
      default: "30000-32767"
    },
    nodePools: {
      description: "Groups of identical nodes; pool `worker` with count 3 gives nodes worker-1, worker-2, worker-3.",
      type: "array",
      minItems: 1,
      items: { $ref: "#/definitions/nodePool" }
    }
  },
  definitions: {
    quantity: {
      description: 'A resource quantity such as "4", "3800m" or "16Gi".',
      type: ["string", "number"],
      pattern: "^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE])?$",
      minimum: 0
    },
    resourceList: {
      type: "object",
      propertyNames: { minLength: 1 },
      properties: {
        pods: { description: "A whole number of pods such as 110.", type: ["integer", "string"], pattern: "^[0-9]+$", minimum: 0 }
      },
      additionalProperties: { $ref: "#/definitions/quantity" }
    },
    nodePool: {
      type: "object",
      additionalProperties: false,
      required: ["name", "count"],
      properties: {
        name: {
          description: "A DNS-1123 label (lower-case letters, digits and '-') of at most 50 characters; nodes are named <name>-1 … <name>-<count>.",
          type: "string",
          pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",
          maxLength: 50
        },
        count: { type: "integer", minimum: 1 },
        capacity: {
          description: "Node capacity; cpu, memory and pods default to 4, 16Gi and 110.",
          $ref: "#/definitions/resourceList"
        },
        allocatable: {
          description: "What pods may request; each resource defaults to its capacity.",
          $ref: "#/definitions/resourceList"
        },
        labels: {
          description: "Extra node labels (kubernetes.io/hostname, kubernetes.io/os=linux, kubernetes.io/arch=amd64 and the zone are set for you).",
          type: "object",
          additionalProperties: { type: "string" }
        },
        taints: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["key", "effect"],
            properties: {
              key: { type: "string", minLength: 1 },
              value: { type: "string" },
              effect: { enum: ["NoSchedule", "PreferNoSchedule", "NoExecute"] }
            }
          }
        },
        zones: {
          description: "Zones assigned round-robin as topology.kubernetes.io/zone.",
          type: "array",
          minItems: 1,
          items: { type: "string", minLength: 1 }
        },
        unschedulable: {
          description: "Cordoned nodes (also tainted node.kubernetes.io/unschedulable:NoSchedule, as Kubernetes does).",
          type: "boolean",
          default: false
        }
      }
    }
  }
};

// src/core/cluster-section.ts
function parseNodePortRange(value) {
  const match = typeof value === "string" ? /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(value) : null;
  if (!match) return `nodePortRange must look like "30000-32767" (got ${JSON.stringify(value)})`;
  const min = Number(match[1]);
  const max = Number(match[2]);
  if (min < 1 || max > 65535 || min > max) return `nodePortRange ${min}-${max} is not a valid port range`;
  return { min, max };
}

// src/config/config-problems.ts
function pointerToPath(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s);
}
function buildConfigProblems(errors, prefix = []) {
  return pruneAnyOfNoise(errors).flatMap((e) => describe(e, prefix));
}
function pruneAnyOfNoise(errors) {
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === "anyOf").map((e) => e.instancePath));
  const hasInner = (p) => errors.some((e) => e.instancePath.startsWith(`${p}/`));
  return errors.filter((e) => {
    if (!anyOfPaths.has(e.instancePath)) return true;
    if (e.keyword === "anyOf") return !hasInner(e.instancePath);
    return false;
  });
}
function describe(e, prefix) {
  const path = [...prefix, ...pointerToPath(e.instancePath)];
  const where = path.length === 0 ? "configuration" : formatPath(path);
  switch (e.keyword) {
    case "additionalProperties": {
      const key = e.params.additionalProperty;
      return [{ path: [...path, key], message: `unknown setting "${key}"${path.length ? ` in ${where}` : ""}` }];
    }
    case "required":
      return [{ path, message: `${where}: missing required "${e.params.missingProperty}"` }];
    case "enum":
      return [{ path, message: `${where} must be one of ${e.params.allowedValues.map(String).join(", ")}` }];
    case "anyOf":
      return [{ path, message: `${where} must be off, info, warn, error, or { severity, options }` }];
    case "pattern":
      return [{ path, message: `${where} must be ${formatMeaning(e) ?? `matching ${e.params.pattern}`} (got ${JSON.stringify(e.data)})` }];
    case "type": {
      const meaning = formatMeaning(e);
      if (meaning) return [{ path, message: `${where} must be ${meaning} (got ${JSON.stringify(e.data)})` }];
      return [{ path, message: `${where} must be ${e.params.type.toString().split(",").join(" or ")}` }];
    }
    default:
      return [{ path, message: `${where} ${e.message ?? "is invalid"}` }];
  }
}
function formatMeaning(e) {
  const schema = e.parentSchema;
  if (typeof schema?.description !== "string" || schema.pattern === void 0) return void 0;
  const clause = schema.description.split(/[;:]\s|\.(?:\s|$)/)[0].trim();
  return clause.charAt(0).toLowerCase() + clause.slice(1);
}

// src/config/cluster-section.ts
var MAX_NODES = 1e5;
function checkClusterSection(value, prefix = []) {
  const problems = [];
  if (!isRecord(value)) return problems;
  const section = value;
  if (typeof section.nodePortRange === "string") {
    const path = [...prefix, "nodePortRange"];
    if (/^\s*\d+\s*-\s*\d+\s*$/.test(section.nodePortRange) && typeof parseNodePortRange(section.nodePortRange) === "string") {
      problems.push({ path, message: `${formatPath(path)} ${JSON.stringify(section.nodePortRange)} is not a port range (first ≤ last, within 1-65535)` });
    }
  }
  if (!Array.isArray(section.nodePools)) return problems;
  const names2 = /* @__PURE__ */ new Set();
  let total = 0;
  section.nodePools.forEach((pool, i) => {
    if (!isRecord(pool)) return;
    if (typeof pool.name === "string") {
      const path = [...prefix, "nodePools", i, "name"];
      if (names2.has(pool.name)) problems.push({ path, message: `${formatPath(path)}: the node pool "${pool.name}" is already defined` });
      names2.add(pool.name);
    }
    if (typeof pool.count === "number" && Number.isInteger(pool.count) && pool.count > 0) total += pool.count;
  });
  if (total > MAX_NODES) {
    const path = [...prefix, "nodePools"];
    problems.push({ path, message: `${formatPath(path)}: at most ${MAX_NODES} nodes are supported (got ${total})` });
  }
  return problems;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/config/config.ts
var validateConfig;
function parseConfig(file, text2) {
  const source = parseYaml(file, text2);
  if (source.problems.length > 0) {
    throw new ConfigError(file, source.problems.map((p) => ({ line: p.location.line, column: p.location.column, message: p.message })));
  }
  const document = source.documents[0] ?? null;
  if (source.documents.length > 1) {
    const at = source.documents[1].locate([]);
    throw new ConfigError(file, [{ line: at.line, column: at.column, message: "a configuration file holds one YAML document" }]);
  }
  const value = normalizeOff(document?.value ?? {});
  validateConfig ??= new import_ajv.Ajv({ allErrors: true, strict: false, verbose: true }).addSchema(cluster_schema_default).compile(config_schema_default);
  const problems = validateConfig(value) ? [] : buildConfigProblems(validateConfig.errors ?? []);
  if (isRecord2(value)) problems.push(...checkClusterSection(value.cluster, ["cluster"]));
  if (problems.length > 0) throw configError(file, document, problems);
  return { file, config: value, document };
}
function normalizeOff(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const rules = value.rules;
  if (typeof rules !== "object" || rules === null) return value;
  for (const [id, setting] of Object.entries(rules)) {
    if (setting === false) rules[id] = "off";
    else if (typeof setting === "object" && setting !== null && setting.severity === false) {
      setting.severity = "off";
    }
  }
  return value;
}
function configError(file, document, problems) {
  return new ConfigError(
    file,
    problems.map((p) => {
      const at = document?.locate(p.path, "key") ?? { line: 1, column: 1 };
      return { line: at.line, column: at.column, message: p.message };
    })
  );
}
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/core/glob.ts
function globToRegExp(pattern) {
  let out = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*") {
      if (pattern[i + 1] === "*") {
        const slash = pattern[i + 2] === "/";
        out += slash ? "(?:.*/)?" : ".*";
        i += slash ? 2 : 1;
      } else out += "[^/]*";
    } else if (c === "?") out += "[^/]";
    else if (c === "[") {
      const end = pattern.indexOf("]", i + 1);
      if (end === -1) out += "\\[";
      else {
        out += `[${pattern.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\")}]`;
        i = end;
      }
    } else if (c === "{") {
      const end = pattern.indexOf("}", i + 1);
      if (end === -1) out += "\\{";
      else {
        out += `(?:${pattern.slice(i + 1, end).split(",").map((alt) => globToRegExp(alt).source.slice(1, -1)).join("|")})`;
        i = end;
      }
    } else out += /[.+^$()|\\]/.test(c) ? `\\${c}` : c;
  }
  return new RegExp(`^${out}$`);
}
function matchesGlob(value, pattern) {
  return globToRegExp(pattern).test(value);
}

// src/config/exclusions.ts
function buildExclusionMatcher(exclusions) {
  if (exclusions.length === 0) return () => false;
  const compiled = exclusions.map((e) => ({
    kind: e.kind ? globToRegExp(e.kind) : null,
    namespace: e.namespace ? globToRegExp(e.namespace) : null,
    name: e.name ? globToRegExp(e.name) : null,
    rules: e.rules ? new Set(e.rules) : null
  }));
  return (resource, rule) => compiled.some(
    (e) => (!e.rules || e.rules.has(rule)) && (!e.kind || e.kind.test(resource.kind)) && (!e.namespace || e.namespace.test(resource.namespace ?? "")) && (!e.name || e.name.test(resource.name))
  );
}

// src/core/types.ts
var SEVERITY_RANK = { info: 0, warning: 1, error: 2 };

// src/core/fingerprint.ts
function fingerprint(f) {
  const object = f.resource ? `${f.resource.kind}/${f.resource.namespace ?? ""}/${f.resource.name}` : "";
  return [f.rule, f.file, object, f.path ?? "", f.message].join("\0");
}

// src/engine/baseline.ts
function buildBaseline(findings) {
  const entries = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const key = fingerprint(f);
    const entry = entries.get(key);
    if (entry) entry.count++;
    else entries.set(key, { fingerprint: key, count: 1, rule: f.rule, file: f.file, message: f.message });
  }
  const sorted = [...entries.values()].sort((a, b) => a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0);
  return { version: 1, findings: sorted };
}
function formatBaseline(baseline) {
  return `${JSON.stringify(baseline, null, 2)}
`;
}
function parseBaseline(text2) {
  const value = JSON.parse(text2);
  if (value?.version !== 1 || !Array.isArray(value.findings)) throw new Error("not a kubeplan baseline (version 1)");
  return value;
}
function filterByBaseline(findings, baseline) {
  const remaining = new Map(baseline.findings.map((e) => [e.fingerprint, e.count]));
  return findings.filter((f) => {
    const key = fingerprint(f);
    const left = remaining.get(key) ?? 0;
    if (left === 0) return true;
    remaining.set(key, left - 1);
    return false;
  });
}

// src/engine/resolve-rules.ts
var import_ajv2 = __toESM(require_ajv(), 1);
var SEVERITY = { info: "info", warn: "warning", error: "error" };
function resolveRules(registry, config) {
  const preset = config.preset ?? "recommended";
  const problems = [];
  const settings = config.rules ?? {};
  for (const id of Object.keys(settings)) {
    if (!registry.has(id)) {
      const suggestion = suggestName(id, registry.keys());
      problems.push({
        path: ["rules", id],
        message: `unknown rule "${id}"${suggestion ? ` (did you mean "${suggestion}"?)` : ""}; 'kubeplan rules' lists them`
      });
    }
  }
  const rules = [];
  for (const [id, rule] of registry) {
    const raw = settings[id];
    const setting = typeof raw === "string" ? { severity: raw } : raw ?? {};
    let severity = presetSeverity(rule, preset);
    if (setting.severity !== void 0) severity = setting.severity === "off" ? null : SEVERITY[setting.severity];
    if (severity === null) continue;
    let options = rule.meta.defaultOptions;
    if (setting.options !== void 0) {
      options = { ...rule.meta.defaultOptions, ...setting.options };
      problems.push(...checkOptions(rule, options).map((p) => ({ ...p, path: ["rules", id, "options", ...p.path] })));
    }
    rules.push({ rule, severity, options });
  }
  return { rules, problems };
}
function presetSeverity(rule, preset) {
  switch (preset) {
    case "minimal":
      return rule.meta.category === "correctness" && !rule.meta.optIn ? rule.meta.severity : null;
    case "strict":
      return rule.meta.severity === "warning" ? "error" : rule.meta.severity;
    default:
      return rule.meta.optIn ? null : rule.meta.severity;
  }
}
var validators = /* @__PURE__ */ new Map();
var ajv;
function checkOptions(rule, options) {
  const schema = rule.meta.optionsSchema ?? { type: "object", additionalProperties: false, properties: {} };
  let validate = validators.get(rule);
  if (!validate) {
    ajv ??= new import_ajv2.Ajv({ allErrors: true, strict: false });
    validate = ajv.compile(schema);
    validators.set(rule, validate);
  }
  if (validate(options)) return [];
  return (validate.errors ?? []).map((e) => {
    const path = pointerToPath(e.instancePath);
    const extra = e.keyword === "additionalProperties" ? `unknown option "${e.params.additionalProperty}" for rule ${rule.id}` : `option ${path.join(".") || "(options)"} ${e.message ?? "is invalid"}`;
    return { path, message: extra };
  });
}

// src/core/report.ts
function compareFindings(a, b) {
  return compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column || compareStrings(a.rule, b.rule) || compareStrings(a.message, b.message);
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function summarize(findings, files, resources, suppressed) {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else infos++;
  }
  return { files, resources, errors, warnings, infos, suppressed };
}

// src/index/references.ts
function extractReferences(resource) {
  const refs = [];
  const ns = resource.namespace;
  const add = (kind, name, path, via, extra = {}) => {
    if (typeof name !== "string" || name === "") return;
    refs.push({ kind, targetKind: kind, name, namespace: ns, path, keys: [], optional: false, via, ...extra });
  };
  const template = podTemplateOf(resource);
  if (template) {
    const spec2 = template.spec;
    const sp = template.specPath;
    for (const c of containersOf(template, ["containers", "initContainers", "ephemeralContainers"])) {
      asArray(c.container.env).forEach((env, i) => {
        if (!isObject(env) || !isObject(env.valueFrom)) return;
        for (const [field, kind] of [["configMapKeyRef", "ConfigMap"], ["secretKeyRef", "Secret"]]) {
          const ref = env.valueFrom[field];
          if (!isObject(ref)) continue;
          const at = [...c.path, "env", i, "valueFrom", field];
          add(kind, ref.name, [...at, "name"], "env", {
            keys: typeof ref.key === "string" ? [{ key: ref.key, path: [...at, "key"] }] : [],
            optional: ref.optional === true
          });
        }
      });
      asArray(c.container.envFrom).forEach((source, i) => {
        if (!isObject(source)) return;
        for (const [field, kind] of [["configMapRef", "ConfigMap"], ["secretRef", "Secret"]]) {
          const ref = source[field];
          if (isObject(ref)) add(kind, ref.name, [...c.path, "envFrom", i, field, "name"], "envFrom", { optional: ref.optional === true });
        }
      });
    }
    const claimTemplates = /* @__PURE__ */ new Set();
    if (resource.kind === "StatefulSet" && isObject(resource.object.spec)) {
      for (const t of asArray(resource.object.spec.volumeClaimTemplates)) {
        if (isObject(t) && isObject(t.metadata) && typeof t.metadata.name === "string") claimTemplates.add(t.metadata.name);
      }
    }
    for (const v of volumesOf(template)) {
      const volume = v.volume;
      if (isObject(volume.configMap)) {
        add("ConfigMap", volume.configMap.name, [...v.path, "configMap", "name"], "volume", {
          keys: itemKeys(volume.configMap, [...v.path, "configMap"]),
          optional: volume.configMap.optional === true
        });
      }
      if (isObject(volume.secret)) {
        add("Secret", volume.secret.secretName, [...v.path, "secret", "secretName"], "volume", {
          keys: itemKeys(volume.secret, [...v.path, "secret"]),
          optional: volume.secret.optional === true
        });
      }
      if (isObject(volume.projected)) {
        asArray(volume.projected.sources).forEach((source, i) => {
          if (!isObject(source)) return;
          for (const [field, kind] of [["configMap", "ConfigMap"], ["secret", "Secret"]]) {
            const ref = source[field];
            if (!isObject(ref)) continue;
            const at = [...v.path, "projected", "sources", i, field];
            add(kind, ref.name, [...at, "name"], "projected volume", { keys: itemKeys(ref, at), optional: ref.optional === true });
          }
        });
      }
      if (isObject(volume.persistentVolumeClaim) && !claimTemplates.has(v.name)) {
        add("PersistentVolumeClaim", volume.persistentVolumeClaim.claimName, [...v.path, "persistentVolumeClaim", "claimName"], "volume");
      }
      for (const [field, key] of SECRET_VOLUME_FIELDS) {
        const ref = volume[field];
        if (isObject(ref) && isObject(ref[key])) add("Secret", ref[key].name, [...v.path, field, key, "name"], "volume");
      }
    }
    asArray(spec2.imagePullSecrets).forEach((s, i) => {
      if (isObject(s)) add("Secret", s.name, [...sp, "imagePullSecrets", i, "name"], "imagePullSecrets");
    });
    const saField = typeof spec2.serviceAccountName === "string" ? "serviceAccountName" : "serviceAccount";
    add("ServiceAccount", spec2[saField], [...sp, saField], "serviceAccountName");
    add("PriorityClass", spec2.priorityClassName, [...sp, "priorityClassName"], "priorityClassName", { namespace: null });
    add("RuntimeClass", spec2.runtimeClassName, [...sp, "runtimeClassName"], "runtimeClassName", { namespace: null });
  }
  const spec = isObject(resource.object.spec) ? resource.object.spec : {};
  switch (resource.kind) {
    case "Ingress": {
      const backend = (b, at) => {
        if (!isObject(b)) return;
        if (isObject(b.service)) {
          const port = isObject(b.service.port) ? b.service.port : {};
          const value = typeof port.name === "string" ? port.name : typeof port.number === "number" ? port.number : void 0;
          const portField = typeof port.name === "string" ? "name" : "number";
          add("Service", b.service.name, [...at, "service", "name"], "ingress backend", {
            ...value !== void 0 ? { port: { value, path: [...at, "service", "port", portField] } } : {}
          });
        } else if (typeof b.serviceName === "string") {
          const value = b.servicePort;
          add("Service", b.serviceName, [...at, "serviceName"], "ingress backend", {
            ...typeof value === "string" || typeof value === "number" ? { port: { value, path: [...at, "servicePort"] } } : {}
          });
        }
      };
      backend(spec.defaultBackend, ["spec", "defaultBackend"]);
      backend(spec.backend, ["spec", "backend"]);
      asArray(spec.rules).forEach((rule, r) => {
        if (!isObject(rule) || !isObject(rule.http)) return;
        asArray(rule.http.paths).forEach((p, i) => {
          if (isObject(p)) backend(p.backend, ["spec", "rules", r, "http", "paths", i, "backend"]);
        });
      });
      asArray(spec.tls).forEach((tls, i) => {
        if (isObject(tls)) add("Secret", tls.secretName, ["spec", "tls", i, "secretName"], "ingress TLS");
      });
      break;
    }
    case "HorizontalPodAutoscaler": {
      const target = isObject(spec.scaleTargetRef) ? spec.scaleTargetRef : {};
      if (typeof target.kind === "string") {
        add("ScaleTarget", target.name, ["spec", "scaleTargetRef", "name"], "scaleTargetRef", { targetKind: target.kind });
      }
      break;
    }
    case "StatefulSet":
      add("Service", spec.serviceName, ["spec", "serviceName"], "serviceName");
      break;
    case "ServiceAccount":
      asArray(resource.object.secrets).forEach((s, i) => {
        if (isObject(s)) add("Secret", s.name, ["secrets", i, "name"], "ServiceAccount secrets");
      });
      asArray(resource.object.imagePullSecrets).forEach((s, i) => {
        if (isObject(s)) add("Secret", s.name, ["imagePullSecrets", i, "name"], "imagePullSecrets");
      });
      break;
    case "RoleBinding":
    case "ClusterRoleBinding": {
      const roleRef = isObject(resource.object.roleRef) ? resource.object.roleRef : {};
      if (roleRef.kind === "Role" || roleRef.kind === "ClusterRole") {
        add(roleRef.kind, roleRef.name, ["roleRef", "name"], "roleRef", roleRef.kind === "ClusterRole" ? { namespace: null } : {});
      }
      asArray(resource.object.subjects).forEach((s, i) => {
        if (!isObject(s) || s.kind !== "ServiceAccount") return;
        const namespace = typeof s.namespace === "string" ? s.namespace : ns;
        if (namespace !== null) add("ServiceAccount", s.name, ["subjects", i, "name"], "subjects", { namespace });
      });
      break;
    }
  }
  return refs;
}
var SECRET_VOLUME_FIELDS = [
  ["csi", "nodePublishSecretRef"],
  ["cephfs", "secretRef"],
  ["rbd", "secretRef"],
  ["iscsi", "secretRef"],
  ["flexVolume", "secretRef"],
  ["scaleIO", "secretRef"],
  ["storageos", "secretRef"]
];
function itemKeys(source, at) {
  const keys = [];
  asArray(source.items).forEach((item, i) => {
    if (isObject(item) && typeof item.key === "string") keys.push({ key: item.key, path: [...at, "items", i, "key"] });
  });
  return keys;
}

// src/index/cluster-index.ts
var SYSTEM_NAMESPACES = /* @__PURE__ */ new Set(["default", "kube-system", "kube-public", "kube-node-lease"]);
var SYSTEM_PRIORITY_CLASSES = /* @__PURE__ */ new Set(["system-cluster-critical", "system-node-critical"]);
function buildClusterIndex(resources, context = []) {
  const all = context.length === 0 ? resources : [...resources, ...context];
  const byKind = /* @__PURE__ */ new Map();
  const byName = /* @__PURE__ */ new Map();
  const byKey = /* @__PURE__ */ new Map();
  const templatesByNamespace = /* @__PURE__ */ new Map();
  const templatesByLabel = /* @__PURE__ */ new Map();
  const outgoing = /* @__PURE__ */ new Map();
  const incoming = /* @__PURE__ */ new Map();
  const namespaces = new Set(SYSTEM_NAMESPACES);
  for (const resource of all) {
    push(byKind, resource.kind, resource);
    const nameKey = `${resource.kind}/${resource.namespace ?? ""}/${resource.name}`;
    if (!byName.has(nameKey)) byName.set(nameKey, resource);
    push(byKey, resource.key, resource);
    if (resource.kind === "Namespace" && resource.name !== "") namespaces.add(resource.name);
    const template = podTemplateOf(resource);
    if (template && resource.namespace !== null) {
      const entry = { resource, template, labels: stringMap(template.metadata.labels) };
      push(templatesByNamespace, resource.namespace, entry);
      let postings = templatesByLabel.get(resource.namespace);
      if (!postings) templatesByLabel.set(resource.namespace, postings = /* @__PURE__ */ new Map());
      for (const [k, v] of Object.entries(entry.labels)) push(postings, `${k}=${v}`, entry);
    }
    const refs = extractReferences(resource);
    outgoing.set(resource, refs);
    for (const reference of refs) {
      push(incoming, `${reference.targetKind}/${reference.namespace ?? ""}/${reference.name}`, { from: resource, reference });
    }
  }
  const matchCache = /* @__PURE__ */ new Map();
  const EMPTY = [];
  return {
    resources,
    all,
    byKind: (kind) => byKind.get(kind) ?? EMPTY,
    get: (kind, namespace, name) => byName.get(`${kind}/${namespace ?? ""}/${name}`),
    isImplicit: (kind, namespace, name) => kind === "ServiceAccount" && name === "default" || kind === "ConfigMap" && name === "kube-root-ca.crt" || kind === "Namespace" && SYSTEM_NAMESPACES.has(name) || kind === "PriorityClass" && SYSTEM_PRIORITY_CLASSES.has(name) || kind === "Service" && namespace === "default" && name === "kubernetes",
    podTemplates: (namespace) => templatesByNamespace.get(namespace) ?? EMPTY,
    podTemplatesMatching(namespace, selector) {
      const cacheKey = `${namespace}\0${JSON.stringify(selector)}`;
      const cached = matchCache.get(cacheKey);
      if (cached) return cached;
      let candidates = templatesByNamespace.get(namespace) ?? EMPTY;
      const postings = templatesByLabel.get(namespace);
      for (const [k, v] of Object.entries(selector.matchLabels)) {
        const list = postings?.get(`${k}=${v}`) ?? EMPTY;
        if (list.length < candidates.length) candidates = list;
      }
      const result = candidates.filter((entry) => selectorMatches(selector, entry.labels));
      matchCache.set(cacheKey, result);
      return result;
    },
    referencesFrom: (resource) => outgoing.get(resource) ?? extractReferences(resource),
    referencesTo: (kind, namespace, name) => incoming.get(`${kind}/${namespace ?? ""}/${name}`) ?? EMPTY,
    sameIdentity: (resource) => (byKey.get(resource.key) ?? EMPTY).filter((r) => r !== resource),
    namespaceExists: (name) => namespaces.has(name)
  };
}
function push(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// src/resources/resource-finding.ts
function buildResourceFinding(resource, spec) {
  const location = locateIn(resource, spec.path, spec.target ?? "value");
  const finding = {
    rule: spec.rule,
    severity: spec.severity,
    message: spec.message,
    file: resource.file,
    ...location,
    resource: resource.ref,
    path: spec.path.length > 0 ? formatPath(spec.path) : null
  };
  if (spec.fix !== void 0) finding.fix = spec.fix;
  if (spec.related && spec.related.length > 0) finding.related = spec.related;
  if (spec.category !== void 0) finding.category = spec.category;
  return finding;
}

// src/engine/run-rules.ts
function runRules(index, rules, kubernetesVersion) {
  const out = [];
  const anyKind = [];
  const byKind = /* @__PURE__ */ new Map();
  for (const resolved of rules) {
    const kinds = resolved.rule.meta.kinds;
    if (!kinds) anyKind.push(resolved);
    else for (const kind of kinds) (byKind.get(kind) ?? byKind.set(kind, []).get(kind)).push(resolved);
  }
  for (const resource of index.resources) {
    const applicable = byKind.get(resource.kind);
    for (const list of applicable ? [anyKind, applicable] : [anyKind]) {
      for (const resolved of list) runOne(resolved, resource, index, kubernetesVersion, out);
    }
  }
  return out;
}
function runOne({ rule, severity, options }, resource, index, kubernetesVersion, out) {
  const report = (r) => {
    const template = rule.meta.messages[r.messageId];
    if (template === void 0) throw new Error(`unknown message id "${r.messageId}"`);
    const finding = buildResourceFinding(resource, {
      rule: rule.id,
      severity: r.severity && rank(r.severity) < rank(severity) ? r.severity : severity,
      message: formatMessage(template, r.data ?? {}),
      path: r.path,
      target: r.target ?? "value",
      fix: r.fix ?? rule.meta.fix,
      category: rule.meta.category,
      related: r.related?.map((x) => ({
        file: x.resource.file,
        location: locateIn(x.resource, x.path, "value"),
        message: x.message
      }))
    });
    out.push({ finding, resource, messageId: r.messageId, ...r.sensitive ? { sensitive: true } : {} });
  };
  const mark = out.length;
  try {
    rule.check({ resource, object: resource.object, index, options, kubernetesVersion, report });
  } catch (error) {
    out.length = mark;
    out.push({
      finding: buildResourceFinding(resource, {
        rule: "rule-crash",
        severity: "error",
        message: `rule ${rule.id} failed on this object: ${error instanceof Error ? error.message : String(error)}`,
        path: [],
        fix: "this is a kubeplan bug; please report it with the manifest. Disable the rule meanwhile."
      }),
      resource
    });
  }
}
var rank = (s) => s === "error" ? 2 : s === "warning" ? 1 : 0;
function formatMessage(template, data) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key) => {
    const value = data[key];
    if (value === void 0) throw new Error(`message data "${key}" is missing`);
    return String(value);
  });
}

// src/engine/suppression.ts
var IGNORE_ANNOTATION = "kubeplan.io/ignore";
var COMMENT = /(?:^|\s)#\s*kubeplan-ignore\s+([^:#\n]+?)\s*(?::\s*([^\n]*))?$/;
function parseSuppression(text2) {
  const colon = text2.indexOf(":");
  const list = colon === -1 ? text2 : text2.slice(0, colon);
  const reason = colon === -1 ? null : text2.slice(colon + 1).trim() || null;
  const rules = new Set(
    list.split(/[\s,]+/).map((r) => r.trim()).filter((r) => r !== "").map((r) => r === "*" ? "all" : r)
  );
  return { rules, reason };
}
function suppresses(s, rule) {
  return s.rules.has("all") || s.rules.has(rule);
}
function annotationSuppression(resource) {
  const metadata = isObject(resource.object.metadata) ? resource.object.metadata : {};
  const annotations = isObject(metadata.annotations) ? metadata.annotations : {};
  const value = annotations[IGNORE_ANNOTATION];
  return typeof value === "string" ? parseSuppression(value) : null;
}
function parseCommentSuppressions(text2) {
  const out = /* @__PURE__ */ new Map();
  if (!text2.includes("kubeplan-ignore")) return out;
  const lines = text2.split("\n");
  let pending = [];
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, "");
    const match = COMMENT.exec(line);
    const standalone = line.trimStart().startsWith("#");
    if (match && standalone) {
      pending.push(parseSuppression(`${match[1]}${match[2] ? `: ${match[2]}` : ""}`));
      return;
    }
    if (standalone || line.trim() === "") return;
    const here = [...pending];
    pending = [];
    if (match) here.push(parseSuppression(`${match[1]}${match[2] ? `: ${match[2]}` : ""}`));
    if (here.length > 0) out.set(i + 1, mergeSuppressions(here));
  });
  return out;
}
function mergeSuppressions(list) {
  return { rules: new Set(list.flatMap((s) => [...s.rules])), reason: list.find((s) => s.reason)?.reason ?? null };
}
function isSuppressedByComment(finding, comments) {
  const s = comments.get(finding.line);
  return s !== void 0 && suppresses(s, finding.rule);
}

// src/engine/run-lint.ts
function runLint(parsed, options) {
  const attributed = [
    ...(options.inputFindings ?? []).map((finding) => ({ finding, resource: null })),
    ...parsed.findings.map((finding) => ({ finding, resource: null }))
  ];
  if (options.schema) {
    for (const resource of parsed.resources) {
      for (const issue of options.schema.validate(resource)) {
        attributed.push({ finding: buildResourceFinding(resource, redactSecretIssue(resource, issue)), resource });
      }
    }
  }
  if (options.rules.length > 0) {
    const index = buildClusterIndex(parsed.resources, options.context ?? []);
    attributed.push(...runRules(index, options.rules, options.kubernetesVersion));
  }
  const { kept, suppressed } = applySuppressions(parsed, attributed, options);
  let findings = kept.map((a) => a.finding);
  if (options.baseline) findings = options.baseline(findings);
  const baselined = kept.length - findings.length;
  findings.sort(compareFindings);
  const files = /* @__PURE__ */ new Set([...parsed.sources.map((s) => s.file), ...(options.inputFindings ?? []).map((f) => f.file)]);
  const sensitive = kept.filter((a) => a.sensitive).map((a) => a.finding);
  return {
    findings,
    summary: summarize(findings, files.size, parsed.resources.length, suppressed + baselined),
    sources: buildSourceViews(parsed, sensitive),
    rules: options.ruleInfo ?? /* @__PURE__ */ new Map(),
    objects: reportedObjects(parsed)
  };
}
function reportedObjects(parsed) {
  const lineCounts = new Map(parsed.sources.map((s) => [s.file, s.lines.lineCount]));
  const objects = parsed.resources.map((r) => ({ file: r.file, ref: r.ref, line: locateIn(r, [], "value").line, endLine: 0 }));
  const byFile = /* @__PURE__ */ new Map();
  for (const o of objects) (byFile.get(o.file) ?? byFile.set(o.file, []).get(o.file)).push(o);
  for (const [file, list] of byFile) {
    const sorted = [...list].sort((a, b) => a.line - b.line);
    sorted.forEach((o, i) => {
      const next = sorted[i + 1];
      o.endLine = next ? Math.max(o.line, next.line - 1) : Math.max(o.line, lineCounts.get(file) ?? o.line);
    });
  }
  return objects;
}
function applySuppressions(parsed, attributed, options) {
  const inline = options.inlineSuppressions !== false;
  const comments = new Map(inline ? parsed.sources.map((s) => [s.file, parseCommentSuppressions(s.text)]) : []);
  const annotations = /* @__PURE__ */ new Map();
  const kept = [];
  let suppressed = 0;
  for (const a of attributed) {
    const { finding, resource } = a;
    let silenced = false;
    if (resource && options.isExcluded?.(resource, finding.rule)) silenced = true;
    if (!silenced && inline && resource) {
      if (!annotations.has(resource)) annotations.set(resource, annotationSuppression(resource));
      const s = annotations.get(resource);
      silenced = s !== null && s !== void 0 && suppresses(s, finding.rule);
    }
    if (!silenced && inline) {
      const fileComments = comments.get(finding.file);
      silenced = fileComments !== void 0 && isSuppressedByComment(finding, fileComments);
    }
    if (silenced) suppressed++;
    else kept.push(a);
  }
  return { kept, suppressed };
}
function secretValuePaths(resource) {
  if (resource.kind !== "Secret") return [];
  const paths = [];
  for (const field of ["data", "stringData"]) {
    const values = resource.object[field];
    if (isObject(values)) for (const key of Object.keys(values)) paths.push([field, key]);
  }
  return paths;
}
function redactSecretIssue(resource, issue) {
  if (resource.kind !== "Secret") return issue;
  const [first] = issue.path;
  if (first !== "data" && first !== "stringData") return issue;
  return { ...issue, message: issue.message.replace(/, got .*$/s, " (value hidden)") };
}
function buildSourceViews(parsed, sensitive) {
  const masks = /* @__PURE__ */ new Map();
  const mask = (file, location) => {
    const list = masks.get(file);
    if (list) list.push(location);
    else masks.set(file, [location]);
  };
  for (const resource of parsed.resources) {
    for (const path of secretValuePaths(resource)) mask(resource.file, locateIn(resource, path, "value"));
  }
  for (const f of sensitive) mask(f.file, f);
  const views = /* @__PURE__ */ new Map();
  for (const source of parsed.sources) {
    const lines = source.lines;
    views.set(source.file, {
      line: (n) => lines.line(n),
      get lineCount() {
        return lines.lineCount;
      },
      masked: masks.get(source.file) ?? []
    });
  }
  return views;
}

// src/formatters/github.ts
var COMMAND = { error: "error", warning: "warning", info: "notice" };
function formatGithub(report) {
  return report.findings.map(formatCommand).join("");
}
function formatCommand(f) {
  const properties = [["file", f.file], ["line", f.line], ["col", f.column]];
  if (f.endLine > f.line || f.endLine === f.line && f.endColumn > f.column) {
    properties.push(["endLine", f.endLine], ["endColumn", f.endColumn]);
  }
  properties.push(["title", `kubeplan ${f.rule}`]);
  const lines = [f.message];
  if (f.resource) {
    const { kind, namespace, name } = f.resource;
    lines.push(`${kind} ${namespace === null ? "" : `${namespace}/`}${name || "(unnamed)"}`);
  }
  for (const r of f.related ?? []) lines.push(`related: ${r.file}:${r.location.line}:${r.location.column} ${r.message}`);
  if (f.fix) lines.push(`fix: ${f.fix}`);
  const props = properties.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${COMMAND[f.severity]} ${props}::${escapeData(lines.join("\n"))}
`;
}
function escapeData(text2) {
  return text2.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text2) {
  return escapeData(text2).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// src/formatters/json.ts
function formatJson(report) {
  return `${JSON.stringify(buildJsonReport(report), null, 2)}
`;
}
function buildJsonReport(report) {
  const { files, resources, errors, warnings, infos, suppressed } = report.summary;
  return { version: 1, summary: { files, resources, errors, warnings, infos, suppressed }, findings: report.findings.map(toJson) };
}
function toJson(f) {
  const out = {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    resource: f.resource,
    path: f.path
  };
  if (f.fix !== void 0) out.fix = f.fix;
  if (f.related && f.related.length > 0) {
    out.related = f.related.map((r) => ({ file: r.file, line: r.location.line, column: r.location.column, message: r.message }));
  }
  return out;
}

// src/formatters/junit.ts
function formatJunit(report) {
  const suites = /* @__PURE__ */ new Map();
  const suite = (file) => suites.get(file) ?? suites.set(file, /* @__PURE__ */ new Map()).get(file);
  for (const file of report.sources.keys()) suite(file);
  for (const o of report.objects) {
    const cases = suite(o.file);
    const key = refKey(o.ref);
    if (!cases.has(key)) cases.set(key, { name: describeRef(o.ref), order: o.line, failures: [] });
  }
  for (const f of report.findings) {
    const cases = suite(f.file);
    const key = f.resource ? refKey(f.resource) : "";
    let c = cases.get(key);
    if (!c) {
      c = { name: f.resource ? describeRef(f.resource) : f.file, order: f.resource ? f.line : 0, failures: [] };
      cases.set(key, c);
    }
    c.failures.push(f);
  }
  let tests = 0;
  let failures = 0;
  const body = [];
  for (const file of [...suites.keys()].sort(compareStrings)) {
    const cases = [...suites.get(file).values()].sort((a, b) => a.order - b.order || compareStrings(a.name, b.name));
    const failed = cases.reduce((n, c) => n + c.failures.length, 0);
    tests += cases.length;
    failures += failed;
    body.push(`  <testsuite name="${attr(file)}" tests="${cases.length}" failures="${failed}" errors="0" skipped="0">`);
    for (const c of cases) {
      const open = `    <testcase classname="${attr(file)}" name="${attr(c.name)}"`;
      if (c.failures.length === 0) {
        body.push(`${open}/>`);
        continue;
      }
      body.push(`${open}>`);
      for (const f of c.failures) {
        const detail = [`${f.severity} ${f.rule} at ${f.file}:${f.line}:${f.column}`];
        if (f.path) detail.push(`path: ${f.path}`);
        for (const r of f.related ?? []) detail.push(`related: ${r.file}:${r.location.line}:${r.location.column} ${r.message}`);
        if (f.fix) detail.push(`fix: ${f.fix}`);
        body.push(`      <failure message="${attr(f.message)}" type="${attr(f.rule)}">${text(detail.join("\n"))}</failure>`);
      }
      body.push("    </testcase>");
    }
    body.push("  </testsuite>");
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="kubeplan" tests="${tests}" failures="${failures}" errors="0">`,
    ...body,
    "</testsuites>",
    ""
  ].join("\n");
}
function refKey(ref) {
  return `${ref.apiVersion}\0${ref.kind}\0${ref.namespace ?? ""}\0${ref.name}`;
}
function describeRef(ref) {
  return `${ref.kind} ${ref.namespace === null ? "" : `${ref.namespace}/`}${ref.name || "(unnamed)"}`;
}
function xmlSafe(value) {
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "�");
}
function text(value) {
  return xmlSafe(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function attr(value) {
  return text(value).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}

// src/formatters/sarif.ts
import { createHash } from "node:crypto";

// src/core/reserved-rules.ts
var RESERVED_RULES = /* @__PURE__ */ new Map([
  [
    "yaml",
    {
      id: "yaml",
      name: "InvalidYaml",
      category: "correctness",
      severity: "error",
      summary: "The file is not valid YAML.",
      rationale: "kubectl and the API server refuse a file they cannot parse; kubeplan reads it as YAML 1.1, as Kubernetes does.",
      fix: "fix the YAML syntax at the location shown (indentation, quoting, duplicate keys)"
    }
  ],
  [
    "schema",
    {
      id: "schema",
      name: "SchemaViolation",
      category: "correctness",
      severity: "error",
      summary: "The object does not match its kind's schema.",
      rationale: "The API server rejects unknown fields (with strict field validation), wrong types, out-of-range values and missing required fields.",
      fix: "correct the field as the message says; check the field name and type in the API reference"
    }
  ],
  [
    "schema-missing",
    {
      id: "schema-missing",
      name: "MissingSchema",
      category: "correctness",
      severity: "error",
      summary: "No schema is known for the object's apiVersion and kind.",
      rationale: "An object without a schema cannot be validated: a typo in apiVersion or kind, or a custom resource whose CRD is not in the input.",
      fix: "fix apiVersion/kind, add the CustomResourceDefinition to the input, pass --schema-location, or use --ignore-missing-schemas"
    }
  ],
  [
    "input",
    {
      id: "input",
      name: "UnusableInput",
      category: "correctness",
      severity: "error",
      summary: "The input cannot be linted as a Kubernetes object.",
      rationale: "A path that does not exist, an unreadable or binary file, or a document that is not a mapping with apiVersion and kind cannot be applied.",
      fix: "check the path, or make the document a Kubernetes object with apiVersion, kind and metadata.name"
    }
  ],
  [
    "rule-crash",
    {
      id: "rule-crash",
      name: "RuleCrash",
      category: "internal",
      severity: "error",
      summary: "A lint rule failed on this object.",
      rationale: "A rule threw an error, which is a kubeplan bug; the other rules and objects were still checked.",
      fix: "report it with the manifest; disable the rule in .kubeplan.yaml meanwhile"
    }
  ]
]);

// src/formatters/sarif.ts
var SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json";
var SRCROOT = "%SRCROOT%";
var LEVEL = { error: "error", warning: "warning", info: "note" };
function formatSarif(report, options) {
  const rules = describedRules(report);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const occurrences = /* @__PURE__ */ new Map();
  const results2 = report.findings.map((f) => {
    const key = hash(fingerprint(f));
    const n = (occurrences.get(key) ?? 0) + 1;
    occurrences.set(key, n);
    return buildResult(f, ruleIndex.get(f.rule), `${key}:${n}`);
  });
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "kubeplan",
            version: options.version,
            semanticVersion: options.version,
            informationUri: options.informationUri,
            rules: rules.map(describeRule)
          }
        },
        ...options.versionControl ? { versionControlProvenance: [{ ...options.versionControl, mappedTo: { uriBaseId: SRCROOT } }] } : {},
        columnKind: "utf16CodeUnits",
        results: results2
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}
function describedRules(report) {
  const rules = new Map(report.rules);
  for (const [id, info] of RESERVED_RULES) if (!rules.has(id)) rules.set(id, info);
  for (const f of report.findings) {
    if (!rules.has(f.rule)) {
      rules.set(f.rule, { id: f.rule, category: f.category ?? "correctness", severity: f.severity, summary: f.rule });
    }
  }
  return [...rules.values()];
}
function describeRule(rule) {
  const paragraphs = [rule.summary, rule.rationale, rule.fix === void 0 ? void 0 : `Fix: ${rule.fix}`].filter(
    (p) => p !== void 0 && p !== ""
  );
  const out = {
    id: rule.id,
    name: rule.name ?? friendlyName(rule.id),
    shortDescription: { text: rule.summary },
    fullDescription: { text: rule.rationale ?? rule.summary },
    help: {
      text: paragraphs.join("\n\n"),
      markdown: [`**${rule.summary}**`, ...paragraphs.slice(1)].join("\n\n")
    },
    defaultConfiguration: { level: LEVEL[rule.severity] ?? "warning" },
    properties: { category: rule.category, tags: [rule.category] }
  };
  if (rule.helpUri) out.helpUri = rule.helpUri;
  return out;
}
function buildResult(f, ruleIndex, partialFingerprint) {
  const location = { physicalLocation: physicalLocation(f.file, f) };
  if (f.resource) {
    const { kind, namespace, name } = f.resource;
    location.logicalLocations = [
      { name: name || "(unnamed)", fullyQualifiedName: [kind, namespace, name].filter((p) => p !== null).join("/"), kind: "object" }
    ];
  }
  const result = {
    ruleId: f.rule,
    ...ruleIndex === void 0 ? {} : { ruleIndex },
    level: LEVEL[f.severity],
    message: { text: f.fix ? `${f.message}
Fix: ${f.fix}` : f.message },
    locations: [location]
  };
  if (f.related && f.related.length > 0) {
    result.relatedLocations = f.related.map((r, i) => ({
      id: i + 1,
      physicalLocation: physicalLocation(r.file, r.location),
      message: { text: r.message }
    }));
  }
  result.partialFingerprints = { "kubeplanFindingHash/v1": partialFingerprint };
  const properties = {};
  if (f.resource) properties.resource = f.resource;
  if (f.path !== null) properties.path = f.path;
  if (Object.keys(properties).length > 0) result.properties = properties;
  return result;
}
function physicalLocation(file, at) {
  return { artifactLocation: artifactLocation(file), region: region(at) };
}
function region(at) {
  if (at.endLine === at.line && at.endColumn <= at.column) return { startLine: at.line, startColumn: at.column };
  return { startLine: at.line, startColumn: at.column, endLine: at.endLine, endColumn: at.endColumn };
}
function artifactLocation(file) {
  const slashed = file.replace(/\\/g, "/");
  const windowsDrive = /^[A-Za-z]:\//.test(slashed);
  if (slashed.startsWith("/") || windowsDrive) {
    const path = windowsDrive ? `/${slashed}` : slashed;
    return { uri: `file://${path.split("/").map(encodeSegment).join("/")}` };
  }
  const relative3 = slashed.replace(/^(\.\/)+/, "");
  return { uri: relative3.split("/").map(encodeSegment).join("/"), uriBaseId: SRCROOT };
}
function encodeSegment(segment) {
  return /^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment);
}
function friendlyName(id) {
  const name = id.split(/[^A-Za-z0-9]+/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
  return name.toLowerCase() === id.toLowerCase() ? `${name}Rule` : name;
}
function hash(text2) {
  return createHash("sha256").update(text2).digest("hex").slice(0, 32);
}

// src/source/code-frame.ts
function formatCodeFrame(view, location, options = {}) {
  const { before = 2, highlight = (s) => s, dim = (s) => s } = options;
  const first = Math.max(1, location.line - before);
  const last = Math.min(view.lineCount, location.line);
  const width = String(last).length;
  const out = [];
  for (let n = first; n <= last; n++) {
    const text2 = maskLine(view, n).replace(/\t/g, " ");
    const gutter = `${String(n).padStart(width)} |`;
    const marker = n === location.line ? highlight(">") : " ";
    out.push(` ${marker} ${dim(gutter)}${text2 === "" ? "" : " " + text2}`);
    if (n === location.line) {
      const end = location.endLine === location.line ? location.endColumn : text2.length + 1;
      const length = Math.max(1, Math.min(end, text2.length + 1) - location.column);
      out.push(`   ${dim(`${" ".repeat(width)} |`)} ${" ".repeat(Math.max(0, location.column - 1))}${highlight("^".repeat(length))}`);
    }
  }
  return out.join("\n");
}
function maskLine(view, line) {
  let text2 = view.line(line);
  for (const m of view.masked) {
    if (line < m.line || line > m.endLine) continue;
    const start = line === m.line ? m.column - 1 : leadingSpace(text2);
    const end = line === m.endLine ? m.endColumn - 1 : text2.length;
    if (end > start) text2 = text2.slice(0, start) + "*".repeat(Math.min(end - start, 8)) + text2.slice(end);
  }
  return text2;
}
function leadingSpace(text2) {
  return text2.length - text2.trimStart().length;
}

// src/formatters/text.ts
var ANSI = { red: 31, yellow: 33, blue: 34, green: 32, gray: 90, bold: 1, cyan: 36 };
function formatText(report, options) {
  const paint = (style, text2) => options.color ? `\x1B[${ANSI[style]}m${text2}\x1B[0m` : text2;
  const blocks = report.findings.map((f) => formatFinding(f, report, paint));
  const summary = formatSummary(report, options, paint);
  return blocks.length === 0 ? `${summary}
` : `${blocks.join("\n\n")}

${summary}
`;
}
var SEVERITY_STYLE = { error: "red", warning: "yellow", info: "blue" };
function formatFinding(f, report, paint) {
  const rule = report.rules.get(f.rule);
  const id = rule ? `${rule.category}/${f.rule}` : f.rule;
  const lines = [`${paint(SEVERITY_STYLE[f.severity], f.severity)}  ${paint("gray", id)}  ${f.message}`];
  const where = `${f.file}:${f.line}:${f.column}`;
  const resource = f.resource ? `  ${f.resource.kind} ${f.resource.namespace === null ? "" : `${f.resource.namespace}/`}${f.resource.name || "(unnamed)"}` : "";
  lines.push(`  ${paint("cyan", where)}${resource}`);
  const view = report.sources.get(f.file);
  if (view && f.line <= view.lineCount) {
    lines.push(
      formatCodeFrame(view, f, {
        highlight: (s) => paint(SEVERITY_STYLE[f.severity], s),
        dim: (s) => paint("gray", s)
      })
    );
  }
  for (const r of f.related ?? []) {
    lines.push(`  ${paint("gray", "related:")} ${r.file}:${r.location.line}:${r.location.column}  ${r.message}`);
  }
  const fix = f.fix ?? rule?.fix;
  if (fix) lines.push(`  ${paint("green", "fix:")} ${fix}`);
  return lines.join("\n");
}
function formatSummary(report, options, paint) {
  const { errors, warnings, infos, files, resources, suppressed } = report.summary;
  const time = options.elapsedMs === void 0 ? "" : ` (${(options.elapsedMs / 1e3).toFixed(2)} s)`;
  const extra = suppressed > 0 ? `, ${plural(suppressed, "suppressed finding")}` : "";
  const scope = `${plural(files, "file")}, ${plural(resources, "resource")}`;
  if (errors + warnings + infos === 0) {
    return paint("green", `✔ no problems in ${scope}${extra}${time}`);
  }
  const counts = [plural(errors, "error"), plural(warnings, "warning")];
  if (infos > 0) counts.push(plural(infos, "info"));
  const mark = errors > 0 ? paint("red", "✖") : paint("yellow", "⚠");
  return `${mark} ${counts.join(", ")} in ${scope}${extra}${time}`;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

// src/io/read-inputs.ts
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

// src/io/kustomize.ts
import { execFile } from "node:child_process";
function renderWithKubectl(dir) {
  return new Promise((resolvePromise) => {
    execFile("kubectl", ["kustomize", dir], { maxBuffer: 256 * 1024 * 1024, encoding: "utf8" }, (error, stdout, stderr) => {
      if (!error) return resolvePromise({ text: stdout });
      if (error.code === "ENOENT") {
        return resolvePromise({
          error: `is a kustomize folder and kubectl is not on PATH: render it first, e.g. 'kustomize build ${dir} | kubeplan lint -'`
        });
      }
      const reason = (stderr || error.message).trim().split("\n").slice(0, 3).join(" ");
      resolvePromise({ error: `kubectl kustomize failed: ${reason}` });
    });
  });
}

// src/io/read-inputs.ts
var KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
var STDIN_NAME = "<stdin>";
var MANIFEST_EXTENSION = /\.(ya?ml|json)$/i;
var MAX_FILE_BYTES = 64 * 1024 * 1024;
var SNIFF_BYTES = 8e3;
async function readInputs(paths, options) {
  const result = { files: [], findings: [], ioError: false };
  const seen = /* @__PURE__ */ new Set();
  for (const path of paths) {
    if (path !== "-" && options.ignore?.(path)) continue;
    if (path === "-") {
      result.files.push({ file: STDIN_NAME, text: stripBom(await options.readStdin()) });
      continue;
    }
    let isDirectory;
    try {
      isDirectory = statSync(resolve(options.cwd, path)).isDirectory();
    } catch (error) {
      result.ioError = true;
      result.findings.push(inputFinding(path, describeIoError(error)));
      continue;
    }
    const kustomizeRoot = isDirectory ? kustomizationIn(resolve(options.cwd, path)) : null;
    if (kustomizeRoot || KUSTOMIZATION_FILES.includes(basename(path))) {
      const dir = isDirectory ? path : dirname(path);
      await readKustomization(dir, options, result);
      continue;
    }
    const files = isDirectory ? listManifests(path, options, result.findings) : [path];
    for (const file of files) {
      const absolute = resolve(options.cwd, file);
      if (seen.has(absolute)) continue;
      seen.add(absolute);
      const read = readManifest(file, absolute);
      if ("text" in read) result.files.push({ file, text: read.text });
      else {
        result.findings.push(read.finding);
        result.ioError ||= read.ioError;
      }
    }
  }
  return result;
}
async function readKustomization(dir, options, result) {
  const render = options.renderKustomization ?? renderWithKubectl;
  const rendered = await render(resolve(options.cwd, dir));
  const file = `${dir.replace(/\/+$/, "")} (kustomize build)`;
  if ("text" in rendered) result.files.push({ file, text: rendered.text });
  else result.findings.push(inputFinding(join(dir, "kustomization.yaml"), rendered.error));
}
function kustomizationIn(dir) {
  try {
    const names2 = readdirSync(dir);
    return KUSTOMIZATION_FILES.find((n) => names2.includes(n)) ?? null;
  } catch {
    return null;
  }
}
function listManifests(root2, { cwd, ignore }, notes) {
  const out = [];
  const walk2 = (dir) => {
    let entries;
    try {
      entries = readdirSync(resolve(cwd, dir), { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.name.startsWith(".") || ignore?.(path)) continue;
      if (entry.isDirectory()) {
        if (entry.name === "node_modules") continue;
        const kustomization = kustomizationIn(resolve(cwd, path));
        if (kustomization) {
          notes.push({
            ...inputFinding(join(path, kustomization), `kustomize folder not linted file by file: run 'kubeplan lint ${path}' to check its rendered output`),
            severity: "info"
          });
          continue;
        }
        walk2(path);
      } else if (entry.isFile() && MANIFEST_EXTENSION.test(entry.name)) {
        out.push(path);
      }
    }
  };
  walk2(root2);
  return out;
}
function readManifest(file, absolute) {
  let bytes2;
  try {
    const info = statSync(absolute);
    if (info.size > MAX_FILE_BYTES) {
      const message = `file is too large to lint (${info.size} bytes; the limit is ${MAX_FILE_BYTES})`;
      return { finding: inputFinding(file, message), ioError: false };
    }
    bytes2 = readFileSync(absolute);
  } catch (error) {
    return { finding: inputFinding(file, describeIoError(error)), ioError: true };
  }
  const decoded = decodeManifest(file, bytes2);
  return typeof decoded === "string" ? { text: decoded } : { finding: decoded, ioError: false };
}
function decodeManifest(file, bytes2) {
  const sniff = bytes2.subarray(0, SNIFF_BYTES);
  if (sniff.includes(0)) return inputFinding(file, "binary file (contains NUL bytes): not a YAML or JSON manifest");
  try {
    return stripBom(new TextDecoder("utf-8", { fatal: true }).decode(bytes2));
  } catch {
    return inputFinding(file, "file is not valid UTF-8 text: not a YAML or JSON manifest");
  }
}
function stripBom(text2) {
  return text2.charCodeAt(0) === 65279 ? text2.slice(1) : text2;
}
function describeIoError(error) {
  const code = error?.code;
  switch (code) {
    case "ENOENT":
      return "cannot read: no such file or directory";
    case "EACCES":
    case "EPERM":
      return "cannot read: permission denied";
    case "EISDIR":
      return "cannot read: is a directory";
    default:
      return `cannot read: ${error instanceof Error ? error.message : String(error)}`;
  }
}
function inputFinding(file, message) {
  return { rule: "input", severity: "error", message, file, line: 1, column: 1, endLine: 1, endColumn: 1, resource: null, path: null };
}

// src/resources/build-resources.ts
function buildResources(files) {
  const findings = [];
  const candidates = [];
  for (const file of files) {
    for (const problem of file.problems) {
      findings.push(sourceFinding(file.file, "yaml", problem.message, problem.location));
    }
    for (const document of file.documents) {
      const value = document.value;
      if (!isObject(value)) {
        findings.push(notAnObject(document, [], value));
        continue;
      }
      const items = value.items;
      if (typeof value.kind === "string" && value.kind.endsWith("List") && Array.isArray(items)) {
        items.forEach((item, i) => {
          if (isObject(item)) candidates.push({ document, path: ["items", i], object: item });
          else findings.push(notAnObject(document, ["items", i], item));
        });
        continue;
      }
      candidates.push({ document, path: [], object: value });
    }
  }
  const clusterScopedCustomKinds = /* @__PURE__ */ new Set();
  for (const { object } of candidates) {
    if (object.kind !== "CustomResourceDefinition" || !isObject(object.spec)) continue;
    const spec = object.spec;
    const names2 = isObject(spec.names) ? spec.names : {};
    if (spec.scope === "Cluster" && typeof spec.group === "string" && typeof names2.kind === "string") {
      clusterScopedCustomKinds.add(`${spec.group}/${names2.kind}`);
    }
  }
  const scopeOf = buildScopeResolver(clusterScopedCustomKinds);
  const resources = [];
  for (const { document, path, object } of candidates) {
    const missing = ["apiVersion", "kind"].filter((f) => typeof object[f] !== "string" || object[f] === "");
    if (missing.length > 0) {
      const present = missing.filter((f) => object[f] !== void 0 && object[f] !== null);
      const message = present.length > 0 ? `${present.join(" and ")} must be a non-empty string` : `not a Kubernetes object: missing ${missing.join(" and ")}`;
      const at = present.length > 0 ? [...path, present[0]] : path;
      findings.push(sourceFinding(document.file, "input", message, document.locate(at, "value"), at.length > 0 ? formatPath(at) : null));
      continue;
    }
    const apiVersion = object.apiVersion;
    const kind = object.kind;
    const { group, version } = splitApiVersion(apiVersion);
    const metadata = isObject(object.metadata) ? object.metadata : {};
    const name = typeof metadata.name === "string" ? metadata.name : "";
    const written = typeof metadata.namespace === "string" && metadata.namespace !== "" ? metadata.namespace : null;
    const namespace = scopeOf(group, kind) === "Cluster" ? null : written ?? "default";
    resources.push({
      file: document.file,
      document,
      path,
      object,
      apiVersion,
      group,
      version,
      kind,
      name,
      namespace,
      namespaceExplicit: written !== null,
      ref: { apiVersion, kind, namespace, name },
      key: objectKey(group, kind, namespace, name)
    });
  }
  return { resources, findings };
}
function notAnObject(document, path, value) {
  const found = Array.isArray(value) ? "a sequence" : value === null ? "null" : `a ${typeof value}`;
  return sourceFinding(
    document.file,
    "input",
    `not a Kubernetes object: expected a mapping with apiVersion and kind, found ${found}`,
    document.locate(path, "value"),
    path.length > 0 ? formatPath(path) : null
  );
}
function sourceFinding(file, rule, message, location, path = null) {
  return { rule, severity: "error", message, file, ...location, resource: null, path };
}

// src/resources/parse-inputs.ts
function parseInputs(files) {
  return buildParsedInputs(files.map((f) => parseYaml(f.file, f.text)));
}
function buildParsedInputs(sources) {
  const { resources, findings } = buildResources(sources);
  return { sources, resources, findings };
}

// src/cli/args.ts
import { parseArgs } from "node:util";
function parseCommandArgs(command2, argv, specs) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: Object.fromEntries(
        Object.entries(specs).map(([name, s]) => [
          name,
          { type: s.type, ...s.short ? { short: s.short } : {}, ...s.multiple ? { multiple: true } : {} }
        ])
      ),
      allowPositionals: true,
      strict: true
    });
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/\. To specify a positional.*$/s, "") : String(error);
    throw new UsageError(`${message}
Run 'kubeplan ${command2} --help' for usage.`);
  }
  for (const [name, spec] of Object.entries(specs)) {
    const value = parsed.values[name];
    if (!spec.choices || value === void 0) continue;
    for (const v of Array.isArray(value) ? value : [value]) {
      if (!spec.choices.includes(v)) {
        throw new UsageError(`--${name} must be one of ${spec.choices.join(", ")} (got "${v}")`);
      }
    }
  }
  return { options: parsed.values, positionals: parsed.positionals };
}
function formatOptionsHelp(specs) {
  const rows = Object.entries(specs).map(([name, s]) => {
    const flag = `${s.short ? `-${s.short}, ` : "    "}--${name}${s.type === "string" ? ` <${s.value ?? "value"}>` : ""}`;
    const choices = s.choices ? ` (${s.choices.join("|")})` : "";
    return [flag, s.help + choices];
  });
  const width = Math.max(...rows.map(([flag]) => flag.length));
  return rows.map(([flag, help]) => `  ${flag.padEnd(width)}  ${help}`).join("\n");
}

// src/cli/cli-io.ts
function useColor(io, stream = io.stdout) {
  const force = io.env.FORCE_COLOR;
  if (force !== void 0 && force !== "" && force !== "0" && force !== "false") return true;
  if (io.env.NO_COLOR !== void 0 && io.env.NO_COLOR !== "") return false;
  return Boolean(stream.isTTY) && io.env.TERM !== "dumb";
}
function isInteractive(io, stream = io.stderr) {
  return Boolean(stream.isTTY) && !io.env.CI && !io.env.GITHUB_ACTIONS;
}

// src/cli/command-config.ts
import { relative, resolve as resolve3, sep } from "node:path";

// src/io/read-config.ts
import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { dirname as dirname2, join as join2, resolve as resolve2 } from "node:path";
var CONFIG_NAMES = [".kubeplan.yaml", ".kubeplan.yml"];
function findConfigFile(start) {
  let dir = resolve2(start);
  for (; ; ) {
    for (const name of CONFIG_NAMES) {
      const candidate = join2(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname2(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
async function readConfig(path, displayName = path) {
  let text2;
  try {
    text2 = await readFile(path, "utf8");
  } catch {
    throw new UsageError(`cannot read configuration file ${displayName}`);
  }
  return parseConfig(displayName, text2);
}

// src/cli/command-config.ts
async function loadCommandConfig(options, io) {
  if (options["no-config"]) return null;
  if (options.config) return readConfig(resolve3(io.cwd, options.config), options.config);
  const found = findConfigFile(io.cwd);
  return found ? readConfig(found, relative(io.cwd, found) || found) : null;
}
function buildIgnoreMatcher(config, cwd) {
  const patterns = config?.config.ignorePaths;
  if (!config || !patterns || patterns.length === 0) return void 0;
  const base = resolve3(cwd, config.file, "..");
  return (path) => {
    const rel = relative(base, resolve3(cwd, path)).split(sep).join("/");
    return patterns.some((p) => matchesGlob(rel, p));
  };
}

// src/cli/progress.ts
var FRAMES = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];
var NO_PROGRESS = { active: false, update() {
}, pause: async () => {
}, stop() {
} };
function startProgress(io, options = {}) {
  if (!isInteractive(io, io.stderr)) return NO_PROGRESS;
  const { delayMs = 1e3, intervalMs = 80 } = options;
  const started = io.now();
  let text2 = "";
  let frame = 0;
  let shown = false;
  let stopped = false;
  let interval;
  const draw = () => {
    shown = true;
    io.stderr.write(`\r${FRAMES[frame++ % FRAMES.length]} ${text2}\x1B[K`);
  };
  const timer = setTimeout(() => {
    draw();
    interval = setInterval(draw, intervalMs);
    interval.unref?.();
  }, delayMs);
  timer.unref?.();
  return {
    active: true,
    update(next) {
      text2 = next;
      if (!stopped && (shown || io.now() - started >= delayMs)) draw();
    },
    // A timer, not setImmediate: the spinner's own (expired) timer runs in the same phase, first.
    pause: () => new Promise((resolve7) => setTimeout(resolve7, 0)),
    stop() {
      stopped = true;
      clearTimeout(timer);
      if (interval) clearInterval(interval);
      if (shown) io.stderr.write("\r\x1B[K");
      shown = false;
    }
  };
}

// src/schema/schema-validator.ts
var import_ajv3 = __toESM(require_ajv(), 1);

// src/schema/schema-catalog.ts
function buildSchemaCatalog(bundled, external = /* @__PURE__ */ new Map(), locations = []) {
  return { kubernetesVersion: bundled.kubernetesVersion, bundled, external, locations };
}
function kindKey(apiVersion, kind) {
  return `${apiVersion}/${kind}`;
}
function isBundledSchemas(value) {
  if (typeof value !== "object" || value === null) return false;
  const v = value;
  return typeof v.kubernetesVersion === "string" && typeof v.kinds === "object" && v.kinds !== null && typeof v.$defs === "object" && v.$defs !== null;
}

// src/schema/custom-resource-schemas.ts
function buildCustomResourceSchemas(resources) {
  const out = /* @__PURE__ */ new Map();
  for (const resource of resources) {
    if (resource.kind !== "CustomResourceDefinition" || !resource.apiVersion.startsWith("apiextensions.k8s.io/")) continue;
    const spec = resource.object.spec;
    if (!isObject(spec) || typeof spec.group !== "string" || !isObject(spec.names)) continue;
    const kind = spec.names.kind;
    if (typeof kind !== "string" || kind === "") continue;
    const shared = isObject(spec.validation) ? spec.validation.openAPIV3Schema : void 0;
    const versions = Array.isArray(spec.versions) ? spec.versions.filter(isObject) : typeof spec.version === "string" ? [{ name: spec.version, served: true }] : [];
    for (const version of versions) {
      if (typeof version.name !== "string" || version.served === false) continue;
      const key = kindKey(`${spec.group}/${version.name}`, kind);
      if (out.has(key)) continue;
      const own = isObject(version.schema) ? version.schema.openAPIV3Schema : void 0;
      out.set(key, { key, schema: own ?? shared, origin: `CustomResourceDefinition ${resource.name}` });
    }
  }
  return out;
}

// src/schema/prepare-schema.ts
var CHECKED_FORMATS = /* @__PURE__ */ new Set(["int32", "int64", "int-or-string", "quantity", "date-time", "byte"]);
var SCHEMA_MAPS = /* @__PURE__ */ new Set(["properties", "patternProperties", "definitions", "$defs"]);
var SCHEMA_VALUES = /* @__PURE__ */ new Set([
  "additionalProperties",
  "additionalItems",
  "not",
  "contains",
  "propertyNames",
  "if",
  "then",
  "else"
]);
var SCHEMA_LISTS = /* @__PURE__ */ new Set(["allOf", "anyOf", "oneOf"]);
var KEPT = /* @__PURE__ */ new Set([
  "type",
  "enum",
  "const",
  "required",
  "minimum",
  "maximum",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minProperties",
  "maxProperties",
  "multipleOf",
  "$ref"
]);
function prepareSchema(node, options) {
  if (typeof node === "boolean") return node;
  if (typeof node !== "object" || node === null || Array.isArray(node)) return {};
  const source = node;
  const out = {};
  for (const [key, value] of Object.entries(source)) {
    if (SCHEMA_MAPS.has(key) && isRecord3(value)) {
      const map = {};
      for (const [name, child] of Object.entries(value)) map[name] = prepareSchema(child, options);
      out[key] = map;
    } else if (SCHEMA_VALUES.has(key)) {
      out[key] = prepareSchema(value, options);
    } else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) {
      out[key] = value.map((child) => prepareSchema(child, options));
    } else if (key === "items") {
      out.items = Array.isArray(value) ? value.map((child) => prepareSchema(child, options)) : prepareSchema(value, options);
    } else if (key === "dependencies" && isRecord3(value)) {
      const deps = {};
      for (const [name, dep] of Object.entries(value)) deps[name] = Array.isArray(dep) ? dep : prepareSchema(dep, options);
      out.dependencies = deps;
    } else if (key === "format") {
      if (typeof value === "string" && CHECKED_FORMATS.has(value)) out.format = value;
    } else if (key === "pattern") {
      if (typeof value === "string" && isJavaScriptRegExp(value)) out.pattern = value;
    } else if (KEPT.has(key)) {
      out[key] = value;
    }
  }
  for (const [exclusive, bound] of [["exclusiveMinimum", "minimum"], ["exclusiveMaximum", "maximum"]]) {
    const flag = source[exclusive];
    if (typeof flag === "number") out[exclusive] = flag;
    else if (flag === true && typeof source[bound] === "number") {
      out[exclusive] = source[bound];
      delete out[bound];
    }
  }
  if (source["x-kubernetes-int-or-string"] === true) {
    for (const list of ["anyOf", "oneOf"]) {
      const branches = out[list];
      if (Array.isArray(branches) && branches.every(isIntOrStringBranch)) delete out[list];
    }
    out.type = ["integer", "string"];
    out.format ??= "int-or-string";
  }
  if (source["x-kubernetes-embedded-resource"] === true) {
    const properties = isRecord3(out.properties) ? out.properties : {};
    properties.apiVersion ??= { type: "string" };
    properties.kind ??= { type: "string" };
    properties.metadata ??= { type: "object" };
    out.properties = properties;
    const required = Array.isArray(out.required) ? out.required : [];
    out.required = [.../* @__PURE__ */ new Set([...required, "apiVersion", "kind"])];
    out.type ??= "object";
  }
  const listType = source["x-kubernetes-list-type"];
  if (listType === "set") out.uniqueItems = true;
  if (listType === "map" && Array.isArray(source["x-kubernetes-list-map-keys"])) {
    out["x-kubernetes-list-map-keys"] = source["x-kubernetes-list-map-keys"].filter((k) => typeof k === "string");
  }
  if (source.nullable === true) {
    if (typeof out.type === "string") out.type = [out.type, "null"];
    else if (Array.isArray(out.type) && !out.type.includes("null")) out.type = [...out.type, "null"];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  }
  const preserveUnknown = source["x-kubernetes-preserve-unknown-fields"] === true;
  if (options.strict && !preserveUnknown && out.additionalProperties === void 0 && isRecord3(out.properties)) {
    out.additionalProperties = false;
  }
  return out;
}
function isJavaScriptRegExp(pattern) {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}
function isIntOrStringBranch(branch) {
  if (!isRecord3(branch)) return false;
  const keys = Object.keys(branch);
  return keys.length === 1 && (branch.type === "integer" || branch.type === "string");
}
function isRecord3(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/schema/schema-formats.ts
var import_ajv_formats = __toESM(require_dist2(), 1);
var INT32_MIN = -2147483648;
var INT32_MAX = 2147483647;
var INT64_MIN = -9223372036854776e3;
var INT64_MAX2 = 9223372036854776e3;
function isInt32(value) {
  return Number.isInteger(value) && value >= INT32_MIN && value <= INT32_MAX;
}
function isInt64(value) {
  return Number.isInteger(value) && value >= INT64_MIN && value <= INT64_MAX2;
}
var BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
function isBase64(value) {
  return BASE64.test(value.replace(/[\r\n]/g, ""));
}
function addSchemaFormats(ajv2) {
  (0, import_ajv_formats.default)(ajv2, ["date-time"]);
  ajv2.addFormat("int32", { type: "number", validate: isInt32 });
  ajv2.addFormat("int64", { type: "number", validate: isInt64 });
  ajv2.addFormat("int-or-string", { type: "number", validate: isInt32 });
  ajv2.addFormat("quantity", { type: "string", validate: (text2) => QUANTITY_PATTERN.test(text2) });
  ajv2.addFormat("byte", { type: "string", validate: isBase64 });
}

// src/schema/schema-problems.ts
function buildSchemaProblems(errors, context) {
  const flat = collapseAlternatives(errors);
  const typed = new Set(flat.filter((e) => e.keyword === "type" || e.keyword === "x-types").map((e) => e.instancePath));
  const kept = flat.filter(
    (e) => e.keyword === "type" || e.keyword === "x-types" || e.keyword === "required" || e.keyword === "additionalProperties" || !typed.has(e.instancePath)
  );
  const problems = [];
  for (const error of kept) {
    const path = pointerToPath2(error.instancePath, context.data);
    const built = problemFor(error, path, context);
    if (built) problems.push({ ...built, parent: error.instancePath });
  }
  const explained = /* @__PURE__ */ new Set();
  for (const p of problems) {
    if (p.suggestion) explained.add(`${p.parent}\0${p.suggestion}`);
    if (p.movedInto) {
      explained.add(`${p.parent}\0${p.movedInto.child}`);
      explained.add(`${p.parent}/${escapePointer(p.movedInto.child)}\0${p.movedInto.field}`);
    }
  }
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const { problem, missing, parent } of problems) {
    if (missing !== void 0 && explained.has(`${parent}\0${missing}`)) continue;
    const key = `${JSON.stringify(problem.path)}\0${problem.target}\0${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(problem);
  }
  return out;
}
function problemFor(error, path, context) {
  const params = error.params;
  const value = error.data;
  const sensitive = context.isSensitive(path);
  switch (error.keyword) {
    case "additionalProperties": {
      const name = String(params.additionalProperty);
      const properties = propertiesOf(error.parentSchema);
      const suggestion = suggestName(name, Object.keys(properties));
      if (suggestion) {
        return {
          suggestion,
          problem: {
            path: [...path, name],
            target: "key",
            message: `unknown field "${name}" (did you mean "${suggestion}"?)`,
            fix: `rename "${name}" to "${suggestion}"`
          }
        };
      }
      const written = getAtPath(context.raw, path);
      const required = error.parentSchema?.required;
      const plausible = (child) => typeof written === "object" && written !== null && child in written || Array.isArray(required) && required.includes(child);
      const moved = findInChildren(name, properties, context, plausible);
      if (moved) {
        const where = moved.list ? `items of "${moved.child}"` : `"${moved.child}"`;
        const present = typeof written === "object" && written !== null && moved.child in written;
        const as = moved.field === name ? "" : ` as "${moved.field}"`;
        return {
          movedInto: { child: moved.child, field: moved.field },
          problem: {
            path: [...path, name],
            target: "key",
            message: present ? `unknown field "${name}" ("${moved.field}" is a field of ${where}: check the indentation)` : `unknown field "${name}" ("${moved.field}" is a field of ${where}, which is missing)`,
            fix: !present ? `move "${name}" under a new "${moved.child}"${as}` : moved.list ? `move "${name}" into an item of "${moved.child}"${as}` : `indent "${name}" under "${moved.child}"${as}`
          }
        };
      }
      return { problem: { path: [...path, name], target: "key", message: `unknown field "${name}"` } };
    }
    case "required": {
      const name = String(params.missingProperty);
      return { missing: name, problem: { path, target: "key", message: `missing required field "${name}"` } };
    }
    case "type":
    case "x-types":
      return { problem: typeProblem(error, path, context, sensitive) };
    case "enum": {
      const allowed = params.allowedValues.filter((v) => v !== "" && v !== null);
      const list = allowed.map((v) => JSON.stringify(v)).join(", ");
      const suggestion = typeof value === "string" && !sensitive ? suggestName(value, allowed.filter((v) => typeof v === "string")) : void 0;
      return {
        problem: {
          path,
          target: "value",
          message: `unsupported value ${show(value, sensitive)}: supported values are ${list}`,
          ...suggestion ? { fix: `use "${suggestion}"` } : {}
        }
      };
    }
    case "format":
      return { problem: formatProblem(String(params.format), value, path, sensitive) };
    case "const":
      return { problem: { path, target: "value", message: `must be ${JSON.stringify(params.allowedValue)}, got ${show(value, sensitive)}` } };
    case "pattern":
      return { problem: { path, target: "value", message: `${show(value, sensitive)} does not match the pattern ${String(params.pattern)}` } };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return {
        problem: { path, target: "value", message: `must be ${String(params.comparison)} ${String(params.limit)}, got ${show(value, sensitive)}` }
      };
    case "minLength":
    case "maxLength":
      return {
        problem: {
          path,
          target: "value",
          message: `must be at ${error.keyword === "minLength" ? "least" : "most"} ${String(params.limit)} characters long`
        }
      };
    case "minItems":
    case "maxItems":
      return {
        problem: {
          path,
          target: "value",
          message: `must have at ${error.keyword === "minItems" ? "least" : "most"} ${String(params.limit)} item${params.limit === 1 ? "" : "s"}`
        }
      };
    case "uniqueItems": {
      const later = Math.max(Number(params.i), Number(params.j));
      const earlier = Math.min(Number(params.i), Number(params.j));
      return { problem: { path: [...path, later], target: "value", message: `duplicate item: same as item ${earlier}` } };
    }
    case "x-kubernetes-list-map-keys":
      return { problem: { path: [...path, Number(params.index)], target: "value", message: String(error.message) } };
    case "x-alternatives":
      return { problem: { path, target: "value", message: String(error.message) } };
    case "if":
      return void 0;
    // the failing then/else branch reports the actual problem
    default:
      return { problem: { path, target: "value", message: error.message ?? `fails "${error.keyword}"` } };
  }
}
var TYPE_NAMES = {
  string: "a string",
  integer: "an integer",
  number: "a number",
  boolean: "a boolean",
  object: "an object",
  array: "a list",
  null: "null"
};
function expectedTypes(error) {
  const raw = error.keyword === "x-types" ? error.params.types : error.params.type;
  const list = Array.isArray(raw) ? raw.map(String) : String(raw).split(",");
  return list.filter((t) => t !== "null");
}
function typeProblem(error, path, context, sensitive) {
  const value = error.data;
  const types = expectedTypes(error);
  const format = error.parentSchema?.format;
  const expected = format === "quantity" ? "a quantity (a number, or a string such as 500m or 1.5Gi)" : [...new Set(types)].map((t) => TYPE_NAMES[t] ?? t).join(" or ");
  let message = `expected ${expected}, got ${describe2(value, sensitive)}`;
  let fix;
  const text2 = context.sourceText(path);
  const plain = text2 !== void 0 && !/^["'!&*]/.test(text2);
  const stringField = types.includes("string") && !types.includes("integer") && !types.includes("number");
  if (stringField && (typeof value === "boolean" || typeof value === "number") && plain) {
    const shown = sensitive ? "this value" : text2;
    if (typeof value === "boolean") {
      message += /^(true|false)$/i.test(text2) ? `; quote it${sensitive ? "" : ` ("${text2}")`}` : `: YAML 1.1 reads ${shown} as a boolean; quote it${sensitive ? "" : ` ("${text2}")`}`;
    } else if (text2 !== String(value)) {
      message += `: YAML 1.1 reads ${shown} as ${numberKind(text2)}${sensitive ? "" : ` ${value}`}; quote it${sensitive ? "" : ` ("${text2}")`}`;
    } else {
      message += `; quote it${sensitive ? "" : ` ("${text2}")`}`;
    }
    fix = sensitive ? "quote the value" : `quote the value: "${text2}"`;
  } else if (typeof value === "string" && text2 !== void 0 && /^["']/.test(text2)) {
    const unquoted = resolvePlainScalar(value);
    const unquotedType = typeof unquoted === "number" ? Number.isInteger(unquoted) ? "integer" : "number" : typeof unquoted;
    if (types.includes(unquotedType) || unquotedType === "integer" && types.includes("number")) {
      fix = sensitive ? "remove the quotes" : `remove the quotes: ${value}`;
    }
  }
  return { path, target: "value", message, ...fix ? { fix } : {} };
}
function numberKind(text2) {
  const body = text2.replace(/^[-+]/, "");
  if (/^0[xX]/.test(body)) return "the hexadecimal number";
  if (/^0[oO]/.test(body) || /^0[0-7]+$/.test(body)) return "the octal number";
  if (/^0[bB]/.test(body)) return "the binary number";
  return "the number";
}
function formatProblem(format, value, path, sensitive) {
  switch (format) {
    case "int32":
    case "int-or-string":
      return { path, target: "value", message: `expected a 32-bit integer (${INT32_MIN} to ${INT32_MAX}), got ${show(value, sensitive)}` };
    case "int64":
      return { path, target: "value", message: `expected a 64-bit integer (${INT64_MIN} to ${INT64_MAX2}), got ${show(value, sensitive)}` };
    case "quantity": {
      const fix = typeof value === "string" && !sensitive ? quantityFix(value) : void 0;
      return {
        path,
        target: "value",
        message: `invalid quantity ${show(value, sensitive)}: expected a number with an optional suffix, such as 500m, 1.5Gi or 1e3`,
        ...fix ? { fix: `write "${fix}"` } : {}
      };
    }
    case "date-time":
      return {
        path,
        target: "value",
        message: `invalid timestamp ${show(value, sensitive)}: expected an RFC 3339 date-time such as 2024-01-31T12:00:00Z`
      };
    case "byte":
      return sensitive ? { path, target: "value", message: "Secret data must be base64-encoded", fix: "encode the value with base64, or move it to stringData" } : { path, target: "value", message: `invalid base64 value ${show(value, false)}` };
    default:
      return { path, target: "value", message: `${show(value, sensitive)} is not a valid ${format}` };
  }
}
var BINARY_SUFFIX = /^([+-]?[0-9.]+)\s*([kKMGTPE])(i?)[bB]?$/;
function quantityFix(text2) {
  const m = BINARY_SUFFIX.exec(text2.trim()) ?? /^([+-]?[0-9.]+)\s*([kmgtpe])(i)$/i.exec(text2.trim());
  if (!m) return void 0;
  const [, number, letter, binary] = m;
  const suffix = binary ? `${letter.toUpperCase()}i` : letter === "K" || letter === "k" ? "k" : letter.toUpperCase();
  const fixed = `${number}${suffix}`;
  return fixed === text2 ? void 0 : fixed;
}
function describe2(value, sensitive) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (sensitive) return `a ${typeof value}`;
  if (typeof value === "string") return `string ${show(value, false)}`;
  return `${typeof value} ${String(value)}`;
}
function show(value, sensitive) {
  if (sensitive) return "the value";
  if (typeof value === "string") return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  return String(value);
}
function findInChildren(name, properties, context, plausible) {
  const lower = name.toLowerCase();
  for (const child of Object.keys(properties).sort()) {
    if (!plausible(child)) continue;
    let schema = context.resolveSchema(properties[child]);
    let list = false;
    if (schema && schema.type === "array" && schema.items) {
      schema = context.resolveSchema(schema.items);
      list = true;
    }
    const fields = Object.keys(propertiesOf(schema));
    const field = fields.find((f) => f === name) ?? fields.find((f) => f.toLowerCase() === lower);
    if (field) return { child, field, list };
  }
  return void 0;
}
function escapePointer(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function propertiesOf(schema) {
  const properties = schema?.properties;
  return typeof properties === "object" && properties !== null ? properties : {};
}
function pointerToPath2(pointer, data) {
  if (pointer === "") return [];
  const path = [];
  let current = data;
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(current)) {
      const index = Number(segment);
      path.push(index);
      current = current[index];
    } else {
      path.push(segment);
      current = typeof current === "object" && current !== null ? current[segment] : void 0;
    }
  }
  return path;
}
function collapseAlternatives(errors) {
  const composite = errors.map((error, index) => ({ error, index })).filter(({ error }) => error.keyword === "anyOf" || error.keyword === "oneOf").sort((a, b) => a.error.schemaPath.length - b.error.schemaPath.length || a.index - b.index);
  if (composite.length === 0) return [...errors];
  const { error: outer, index: outerIndex } = composite[0];
  const prefix = `${outer.schemaPath}/`;
  const branches = /* @__PURE__ */ new Map();
  const rest = [];
  errors.forEach((error, index) => {
    if (index === outerIndex) return;
    if (error.schemaPath.startsWith(prefix) && error.instancePath.startsWith(outer.instancePath)) {
      const branch = error.schemaPath.slice(prefix.length).split("/")[0];
      if (!branches.has(branch)) branches.set(branch, []);
      branches.get(branch).push(error);
    } else {
      rest.push(error);
    }
  });
  const replacement = [];
  const members = [...branches.values()].flat();
  const passing = outer.params.passingSchemas;
  if (outer.keyword === "oneOf" && Array.isArray(passing)) {
    replacement.push(synthetic(outer, "x-alternatives", "matches more than one of the allowed forms; it must match exactly one"));
  } else if (members.length > 0 && members.every((e) => e.keyword === "type" && e.instancePath === outer.instancePath)) {
    const types = [...new Set(members.flatMap((e) => expectedTypesOf(e)))];
    replacement.push({ ...synthetic(outer, "x-types", ""), params: { types } });
  } else {
    const candidates = [...branches.values()].filter(
      (list) => list.every((e) => !(e.instancePath === outer.instancePath && e.keyword === "type"))
    );
    const best = candidates.sort((a, b) => a.length - b.length)[0];
    if (best) replacement.push(...best);
    else replacement.push(synthetic(outer, "x-alternatives", "does not match any of the allowed forms"));
  }
  return collapseAlternatives(insertAt(errors, outerIndex, rest, replacement));
}
function insertAt(errors, outerIndex, rest, replacement) {
  const restSet = new Set(rest);
  const out = [];
  errors.forEach((error, index) => {
    if (index === outerIndex) out.push(...replacement);
    else if (restSet.has(error)) out.push(error);
  });
  return out;
}
function expectedTypesOf(error) {
  const raw = error.params.type;
  return Array.isArray(raw) ? raw.map(String) : String(raw).split(",");
}
function synthetic(from, keyword, message) {
  return {
    keyword,
    instancePath: from.instancePath,
    schemaPath: `${from.schemaPath}#collapsed`,
    params: {},
    message,
    data: from.data,
    parentSchema: from.parentSchema
  };
}

// src/schema/schema-validator.ts
function buildSchemaValidator(options, catalog, resources) {
  if (catalog.kubernetesVersion !== options.kubernetesVersion) {
    throw new Error(`schema catalog is for Kubernetes ${catalog.kubernetesVersion}, not ${options.kubernetesVersion}`);
  }
  const version = options.kubernetesVersion;
  const bundledId = `kubeplan:k8s-${version}`;
  const custom = buildCustomResourceSchemas(resources);
  const compiled = /* @__PURE__ */ new Map();
  const order = [];
  let ajv2;
  let preparedDefs = {};
  function engine() {
    if (ajv2) return ajv2;
    ajv2 = new import_ajv3.default({
      allErrors: true,
      verbose: true,
      strict: false,
      logger: false,
      validateSchema: false,
      addUsedSchema: false,
      unicodeRegExp: false,
      // The optimizer halves nothing at run time but doubles compile time (measured: Deployment
      // ~130 ms instead of ~300 ms on first use); validation speed is unchanged for our schemas.
      code: { optimize: false }
    });
    addSchemaFormats(ajv2);
    ajv2.addKeyword(LIST_MAP_KEYS);
    const $defs = {};
    for (const [name, def] of Object.entries(catalog.bundled.$defs)) $defs[name] = prepareSchema(def, options);
    ajv2.addSchema({ $id: bundledId, $defs });
    preparedDefs = $defs;
    return ajv2;
  }
  function schemaFor(key) {
    const crd = custom.get(key);
    if (crd) {
      const root2 = prepareSchema(crd.schema ?? { type: "object", "x-kubernetes-preserve-unknown-fields": true }, options);
      return { schema: withObjectEnvelope(root2, true), origin: crd.origin };
    }
    const external = catalog.external.get(key);
    if (external) {
      return external.error !== void 0 ? { schema: true, origin: external.location, error: external.error } : { schema: withObjectEnvelope(prepareSchema(external.schema, options), false), origin: external.location };
    }
    const name = catalog.bundled.kinds[key];
    if (name) return { schema: { $ref: `${bundledId}#/$defs/${name}` }, origin: `Kubernetes ${version}` };
    return void 0;
  }
  function withObjectEnvelope(root2, objectMeta) {
    if (typeof root2 !== "object") return root2;
    if (!objectMeta && root2.properties === void 0 && root2.additionalProperties === void 0) return root2;
    const properties = { ...root2.properties ?? {} };
    properties.apiVersion ??= { type: "string" };
    properties.kind ??= { type: "string" };
    if (objectMeta && catalog.bundled.$defs.V1ObjectMeta) properties.metadata = { $ref: `${bundledId}#/$defs/V1ObjectMeta` };
    else properties.metadata ??= { $ref: `${bundledId}#/$defs/V1ObjectMeta` };
    return { ...root2, properties };
  }
  function compile(key) {
    const cached = compiled.get(key);
    if (cached) return cached;
    const found = schemaFor(key);
    if (!found) return void 0;
    let result;
    if (found.error !== void 0) {
      result = { failure: found.error };
    } else {
      try {
        result = { validate: engine().compile(found.schema) };
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        result = { failure: `cannot use the schema from ${found.origin}: ${reason}` };
      }
    }
    compiled.set(key, result);
    order.push(key);
    return result;
  }
  function validate(resource) {
    const key = kindKey(resource.apiVersion, resource.kind);
    const entry = compile(key);
    if (!entry) {
      const issue = options.ignoreMissingSchemas ? null : missingSchemaIssue(resource, catalog, version, custom);
      return issue ? [issue] : [];
    }
    if ("failure" in entry) return [{ rule: "schema", severity: "error", message: entry.failure, path: ["kind"], target: "value" }];
    const data = withoutNulls(resource.object);
    if (entry.validate(data)) return [];
    const errors = entry.validate.errors ?? [];
    const sensitive = resource.kind === "Secret" && resource.apiVersion === "v1";
    const problems = buildSchemaProblems(errors, {
      data,
      raw: resource.object,
      sourceText: (path) => resource.document.sourceText([...resource.path, ...path]),
      isSensitive: (path) => sensitive && (path[0] === "data" || path[0] === "stringData"),
      resolveSchema
    });
    return problems.map((p) => ({ rule: "schema", severity: "error", ...p }));
  }
  function resolveSchema(node) {
    const ref = node?.$ref;
    if (typeof ref !== "string") return node;
    const name = /#\/\$defs\/(.+)$/.exec(ref)?.[1];
    return name === void 0 ? void 0 : preparedDefs[name];
  }
  return { validate, compiledKinds: () => [...order] };
}
function missingSchemaIssue(resource, catalog, version, custom) {
  const { apiVersion, kind, group } = resource;
  const base = { rule: "schema-missing", severity: "error" };
  const sameKind = [...custom.values()].filter((c) => c.key.startsWith(`${group}/`) && c.key.endsWith(`/${kind}`));
  if (group !== "" && sameKind.length > 0) {
    const served = sameKind.map((c) => c.key.slice(0, -kind.length - 1));
    return {
      ...base,
      message: `${sameKind[0].origin} does not serve ${apiVersion} ${kind}; it serves ${served.join(", ")}`,
      path: ["apiVersion"],
      target: "value",
      fix: `change apiVersion to "${served[0]}"`
    };
  }
  const lifecycle = lookupApiLifecycle(apiVersion, kind);
  if (lifecycle && isRemovedIn(lifecycle, version)) return null;
  const kinds = Object.keys(catalog.bundled.kinds);
  const servedAs = kinds.filter((k) => k.endsWith(`/${kind}`)).map((k) => k.slice(0, -kind.length - 1));
  if (servedAs.length > 0) {
    return {
      ...base,
      message: `Kubernetes ${version} does not serve ${kind} as ${apiVersion}; it serves it as ${servedAs.join(", ")}`,
      path: ["apiVersion"],
      target: "value",
      fix: `change apiVersion to "${preferredVersion(servedAs)}"`
    };
  }
  const sameApiVersion = kinds.filter((k) => k.startsWith(`${apiVersion}/`) && !k.slice(apiVersion.length + 1).includes("/"));
  if (sameApiVersion.length > 0) {
    const names2 = sameApiVersion.map((k) => k.slice(apiVersion.length + 1));
    const suggestion = suggestName(kind, names2);
    return {
      ...base,
      message: suggestion ? `unknown kind "${kind}" in ${apiVersion} (did you mean "${suggestion}"?)` : `unknown kind "${kind}" in ${apiVersion}; Kubernetes ${version} serves ${names2.join(", ")}`,
      path: ["kind"],
      target: "value",
      ...suggestion ? { fix: `rename "${kind}" to "${suggestion}"` } : {}
    };
  }
  const searched = catalog.locations.length > 0 ? ` (searched ${catalog.locations.join(", ")})` : "";
  return {
    ...base,
    message: `no schema for ${apiVersion} ${kind}${searched}`,
    path: ["kind"],
    target: "value",
    fix: "add its CustomResourceDefinition to the input, point --schema-location at its schema, or use --ignore-missing-schemas"
  };
}
function preferredVersion(apiVersions) {
  const stable = apiVersions.filter((v) => /(^|\/)v\d+$/.test(v));
  const pick = (stable.length > 0 ? stable : apiVersions).slice().sort();
  return pick[pick.length - 1];
}
function withoutNulls(value) {
  if (Array.isArray(value)) {
    let copy2;
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      const next = item !== null && typeof item === "object" ? withoutNulls(item) : item;
      if (next !== item) (copy2 ??= value.slice())[i] = next;
    }
    return copy2 ?? value;
  }
  if (value === null || typeof value !== "object") return value;
  let copy;
  const source = value;
  for (const key of Object.keys(source)) {
    const item = source[key];
    if (item === null) {
      copy ??= { ...source };
      delete copy[key];
    } else if (typeof item === "object") {
      const next = withoutNulls(item);
      if (next !== item) (copy ??= { ...source })[key] = next;
    }
  }
  return copy ?? value;
}
var LIST_MAP_KEYS = {
  keyword: "x-kubernetes-list-map-keys",
  type: "array",
  schemaType: "array",
  errors: true,
  validate: function checkListMapKeys(keys, data) {
    const seen = /* @__PURE__ */ new Map();
    const errors = [];
    data.forEach((item, index) => {
      if (typeof item !== "object" || item === null) return;
      const values = keys.map((k) => item[k]);
      const id = JSON.stringify(values);
      const first = seen.get(id);
      if (first === void 0) {
        seen.set(id, index);
        return;
      }
      const described = keys.map((k, i) => `${k}=${JSON.stringify(values[i] ?? null)}`).join(", ");
      errors.push({
        keyword: "x-kubernetes-list-map-keys",
        params: { index, first },
        message: `duplicate entry with ${described}: same key as item ${first}`
      });
    });
    checkListMapKeys.errors = errors;
    return errors.length === 0;
  }
};

// src/schema/kubernetes-versions.ts
var KUBERNETES_VERSIONS = ["1.27", "1.28", "1.29", "1.30", "1.32", "1.33", "1.34", "1.36"];
var DEFAULT_KUBERNETES_VERSION = "1.36";
var VERSION = /^v?(\d+)\.(\d+)(?:\.\d+)?(?:[-+][0-9A-Za-z.-]+)?$/;
function parseKubernetesVersion(text2) {
  const match = VERSION.exec(text2.trim());
  if (!match) {
    throw new UsageError(
      `invalid Kubernetes version "${text2}": expected a version such as 1.34, v1.34 or 1.34.2`
    );
  }
  const major = Number(match[1]);
  const minor = Number(match[2]);
  const version = `${major}.${minor}`;
  if (KUBERNETES_VERSIONS.includes(version)) return version;
  const shipped = KUBERNETES_VERSIONS.join(", ");
  if (major !== 1) {
    throw new UsageError(`unsupported Kubernetes version ${version}: schemas ship for ${shipped}`);
  }
  const lower = [...KUBERNETES_VERSIONS].reverse().find((v) => minorOf(v) < minor);
  const higher = KUBERNETES_VERSIONS.find((v) => minorOf(v) > minor);
  const nearest = [lower, higher].filter((v) => v !== void 0).join(" or ");
  const why = lower !== void 0 && higher !== void 0 ? "no schema source exists for that release" : lower === void 0 ? "it is older than the oldest shipped version" : "it is newer than the newest shipped version";
  throw new UsageError(
    `no schemas for Kubernetes ${version} (${why}); use ${nearest} (shipped: ${shipped})`
  );
}
function minorOf(version) {
  return Number(version.split(".")[1]);
}

// src/io/load-schemas.ts
import { readFile as readFile2 } from "node:fs/promises";
import { join as join4, resolve as resolve4 } from "node:path";

// src/io/package-root.ts
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import { dirname as dirname3, join as join3 } from "node:path";
import { fileURLToPath } from "node:url";
var root;
function packageRoot() {
  if (root) return root;
  let dir = dirname3(fileURLToPath(import.meta.url));
  for (; ; ) {
    const manifest = join3(dir, "package.json");
    if (existsSync2(manifest) && JSON.parse(readFileSync2(manifest, "utf8")).name === "kubeplan") return root = dir;
    const parent = dirname3(dir);
    if (parent === dir) throw new Error("cannot find the kubeplan package root");
    dir = parent;
  }
}

// src/io/load-schemas.ts
async function loadBundledSchemas(version, root2 = packageRoot()) {
  const file = join4(root2, "schemas", "k8s", `${version}.json`);
  const parsed = JSON.parse(await readFile2(file, "utf8"));
  if (!isBundledSchemas(parsed) || parsed.kubernetesVersion !== version) {
    throw new Error(`${file} is not the bundled schema file for Kubernetes ${version}`);
  }
  return parsed;
}
async function loadSchemaCatalog(options) {
  const bundled = await loadBundledSchemas(options.kubernetesVersion, options.root);
  const locations = options.schemaLocations;
  if (locations.length === 0) return buildSchemaCatalog(bundled);
  const order = locations.includes("default") ? locations : ["default", ...locations];
  const defined = buildCustomResourceSchemas(options.resources);
  const kinds = /* @__PURE__ */ new Map();
  for (const r of options.resources) {
    const key = kindKey(r.apiVersion, r.kind);
    if (!defined.has(key)) kinds.set(key, { apiVersion: r.apiVersion, kind: r.kind });
  }
  const cwd = options.cwd ?? process.cwd();
  const fetcher = options.fetch ?? ((url) => fetch(url, { signal: AbortSignal.timeout(3e4) }));
  const external = /* @__PURE__ */ new Map();
  await Promise.all(
    [...kinds].sort(([a], [b]) => a < b ? -1 : 1).map(async ([key, { apiVersion, kind }]) => {
      for (const location of order) {
        if (location === "default") {
          if (bundled.kinds[key]) return;
          continue;
        }
        const target = expandSchemaLocation(location, apiVersion, kind, options.kubernetesVersion, options.strict);
        const found = isUrl(target) ? await readUrl(target, fetcher) : await readLocal(resolve4(cwd, target));
        if (found === void 0) continue;
        external.set(key, found);
        return;
      }
    })
  );
  const sorted = new Map([...external].sort(([a], [b]) => a < b ? -1 : 1));
  return buildSchemaCatalog(bundled, sorted, locations.filter((l) => l !== "default"));
}
var DEFAULT_LAYOUT = "{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json";
function expandSchemaLocation(location, apiVersion, kind, kubernetesVersion, strict) {
  const template = location.endsWith("json") ? location : `${location.replace(/\/+$/, "")}/${DEFAULT_LAYOUT}`;
  const parts = apiVersion.split("/");
  const group = parts[0];
  const version = parts[parts.length - 1];
  let kindSuffix = `-${group.split(".")[0].toLowerCase()}`;
  if (parts.length > 1) kindSuffix += `-${version.toLowerCase()}`;
  const values = {
    NormalizedKubernetesVersion: `v${kubernetesVersion}.0`,
    StrictSuffix: strict ? "-strict" : "",
    ResourceKind: kind.toLowerCase(),
    ResourceAPIVersion: version,
    Group: group,
    KindSuffix: kindSuffix
  };
  return template.replace(/\{\{-?\s*\.(\w+)\s*-?\}\}/g, (whole, name) => {
    const value = values[name];
    if (value === void 0) throw new UsageError(`unknown variable {{ .${name} }} in --schema-location "${location}"`);
    return value;
  });
}
function isUrl(location) {
  return /^https?:\/\//i.test(location);
}
async function readLocal(file) {
  let text2;
  try {
    text2 = await readFile2(file, "utf8");
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR") return void 0;
    return { location: file, schema: true, error: `cannot read ${file}: ${error.message}` };
  }
  return parseSchema(file, text2);
}
async function readUrl(url, fetcher) {
  try {
    const response = await fetcher(url);
    if (response.status === 404) return void 0;
    if (!response.ok) return { location: url, schema: true, error: `cannot fetch ${url}: HTTP ${response.status}` };
    return parseSchema(url, await response.text());
  } catch (error) {
    return { location: url, schema: true, error: `cannot fetch ${url}: ${error.message}` };
  }
}
function parseSchema(location, text2) {
  try {
    const schema = JSON.parse(text2);
    if (typeof schema === "boolean" || typeof schema === "object" && schema !== null && !Array.isArray(schema)) {
      return { location, schema };
    }
    return { location, schema: true, error: `${location} is not a JSON schema (expected an object)` };
  } catch (error) {
    return { location, schema: true, error: `${location} is not valid JSON: ${error.message}` };
  }
}

// src/cli/version.ts
var VERSION2 = "0.1.0";
var HOMEPAGE = "https://kubeplan.io";

// src/cli/commands/lint.ts
var FORMATS = ["text", "json", "sarif", "github", "junit"];
var LINT_OPTIONS = {
  format: { type: "string", short: "f", help: "output format on stdout (default text)", value: "format", choices: FORMATS },
  output: {
    type: "string",
    short: "o",
    multiple: true,
    help: "also write a format to a file, e.g. sarif=results.sarif; repeatable",
    value: "format=file"
  },
  "fail-on": {
    type: "string",
    help: "exit 1 when a finding has at least this severity (default error)",
    value: "severity",
    choices: ["error", "warning", "info", "none"]
  },
  "kubernetes-version": {
    type: "string",
    help: `target Kubernetes minor version: ${KUBERNETES_VERSIONS.join(", ")} (default: config, else ${DEFAULT_KUBERNETES_VERSION})`,
    value: "version"
  },
  "no-strict": { type: "boolean", help: "unknown fields are not errors (schema validation)" },
  "schema-location": {
    type: "string",
    multiple: true,
    help: "extra schemas: a folder or URL template in kubeconform's layout, or 'default'; repeatable",
    value: "location"
  },
  "ignore-missing-schemas": { type: "boolean", help: "a kind without a schema is not an error" },
  config: { type: "string", short: "c", help: "configuration file (default: nearest .kubeplan.yaml)", value: "file" },
  "no-config": { type: "boolean", help: "ignore any .kubeplan.yaml" },
  context: {
    type: "string",
    multiple: true,
    help: "also index these files/folders so references resolve (not linted); repeatable",
    value: "path"
  },
  "skip-non-manifests": {
    type: "boolean",
    help: "skip files without any Kubernetes object (no apiVersion or kind: CI or tool configuration); for pre-commit"
  },
  "no-inline-ignore": { type: "boolean", help: "refuse kubeplan.io/ignore annotations and # kubeplan-ignore comments" },
  baseline: { type: "string", help: "report only findings that are not in this baseline file", value: "file" },
  "update-baseline": { type: "boolean", help: "write the current findings to the --baseline file and exit 0" }
};
var command = {
  summary: "check manifests: YAML, schemas and lint rules",
  help: `Usage: kubeplan lint [options] [paths...]

Checks Kubernetes manifests: files, folders (recursive), or - for stdin; default the current folder.

Options:
${formatOptionsHelp(LINT_OPTIONS)}

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or I/O error.`,
  async run(argv, io) {
    const { options, positionals } = parseCommandArgs("lint", argv, LINT_OPTIONS);
    const outputs = parseOutputs(options.output ?? []);
    const started = io.now();
    const progress = startProgress(io);
    let result;
    try {
      result = await lint(positionals, options, io, progress);
    } finally {
      progress.stop();
    }
    const code = await writeOutputs(outputs, io, (format) => renderReport(result.report, format, { color: false }));
    io.stdout.write(formatReport(result.report, options.format ?? "text", io, io.now() - started));
    return Math.max(code, result.exitCode);
  }
};
function parseOutputs(values, formats = FORMATS) {
  return values.map((value) => {
    const at = value.indexOf("=");
    const format = value.slice(0, at);
    const file = value.slice(at + 1);
    if (at <= 0 || file === "" || !formats.includes(format)) {
      throw new UsageError(`--output must be FORMAT=FILE with FORMAT one of ${formats.join(", ")} (got "${value}")`);
    }
    return { format, file };
  });
}
async function writeOutputs(outputs, io, render) {
  let code = 0;
  for (const { format, file } of outputs) {
    try {
      await writeFile(resolve5(io.cwd, file), render(format));
    } catch (error) {
      const reason = error.code ?? (error instanceof Error ? error.message : String(error));
      io.stderr.write(`kubeplan: cannot write ${file}: ${reason}
`);
      code = 2;
    }
  }
  return code;
}
async function lint(positionals, options, io, progress = NO_PROGRESS) {
  const config = await loadCommandConfig(options, io);
  const settings = config?.config ?? {};
  const { rules, problems } = resolveRules(RULES, settings);
  if (config && problems.length > 0) throw configError(config.file, config.document, problems);
  const ignore = buildIgnoreMatcher(config, io.cwd);
  const paths = positionals.length > 0 ? positionals : ["."];
  progress.update("reading manifests");
  const read = await readInputs(paths, { cwd: io.cwd, readStdin: io.readStdin, ignore });
  const all = await parseWithProgress(read.files, progress);
  const parsed = options["skip-non-manifests"] ? dropNonManifests(all) : all;
  const contextPaths = [...options.context ?? [], ...settings.context ?? []];
  const linted = new Set(read.files.map((f) => resolve5(io.cwd, f.file)));
  const contextRead = contextPaths.length > 0 ? await readInputs(contextPaths, { cwd: io.cwd, readStdin: io.readStdin, ignore }) : null;
  const context = contextRead ? parseInputs(contextRead.files.filter((f) => !linted.has(resolve5(io.cwd, f.file)))).resources : [];
  const kubernetesVersion = parseKubernetesVersion(options["kubernetes-version"] ?? settings.kubernetesVersion ?? DEFAULT_KUBERNETES_VERSION);
  const strict = options["no-strict"] ? false : settings.strict ?? true;
  const failOn = options["fail-on"] ?? settings.failOn ?? "error";
  const resolved = { kubernetesVersion, strict, failOn };
  const baselineFile = options.baseline;
  if (options["update-baseline"] && !baselineFile) throw new UsageError("--update-baseline needs --baseline FILE");
  const baseline = baselineFile && !options["update-baseline"] ? await loadBaseline(resolve5(io.cwd, baselineFile), baselineFile) : null;
  const catalog = await loadSchemaCatalog({
    kubernetesVersion,
    schemaLocations: [...options["schema-location"] ?? [], ...settings.schemaLocations ?? []],
    strict,
    resources: parsed.resources,
    cwd: io.cwd
  });
  const ignoreMissingSchemas = Boolean(options["ignore-missing-schemas"] || settings.ignoreMissingSchemas);
  const schema = buildSchemaValidator({ kubernetesVersion, strict, ignoreMissingSchemas }, catalog, [...parsed.resources, ...context]);
  progress.update(`linting ${plural2(parsed.resources.length, "resource")}`);
  await progress.pause();
  const report = runLint(parsed, {
    schema,
    rules,
    kubernetesVersion,
    context,
    inputFindings: read.findings,
    inlineSuppressions: !(options["no-inline-ignore"] || settings.inlineIgnore === false),
    isExcluded: buildExclusionMatcher(settings.exclude ?? []),
    ...baseline ? { baseline: (findings) => filterByBaseline(findings, baseline) } : {},
    ruleInfo: ruleInfo(RULES)
  });
  if (options["update-baseline"] && baselineFile) {
    await writeFile(resolve5(io.cwd, baselineFile), formatBaseline(buildBaseline(report.findings)));
    io.stderr.write(`kubeplan: wrote ${report.findings.length} finding(s) to ${baselineFile}
`);
    return { report, exitCode: 0, config, settings: resolved, parsed };
  }
  const exitCode = read.ioError ? 2 : failsAt(report, failOn) ? 1 : 0;
  return { report, exitCode, config, settings: resolved, parsed };
}
async function parseWithProgress(files, progress) {
  if (!progress.active) return parseInputs(files);
  const sources = [];
  for (const [i, f] of files.entries()) {
    if (i % 25 === 0) {
      progress.update(`parsing ${i.toLocaleString("en-US")}/${plural2(files.length, "file")}`);
      await progress.pause();
    }
    sources.push(parseYaml(f.file, f.text));
  }
  return buildParsedInputs(sources);
}
function dropNonManifests(parsed) {
  const looksLikeManifest = (value) => typeof value === "object" && value !== null && !Array.isArray(value) && ("apiVersion" in value || "kind" in value);
  const skipped = new Set(
    parsed.sources.filter((s) => s.problems.length === 0 && !s.documents.some((d) => looksLikeManifest(d.value))).map((s) => s.file)
  );
  if (skipped.size === 0) return parsed;
  return {
    sources: parsed.sources.filter((s) => !skipped.has(s.file)),
    resources: parsed.resources.filter((r) => !skipped.has(r.file)),
    findings: parsed.findings.filter((f) => !skipped.has(f.file))
  };
}
async function loadBaseline(path, file) {
  try {
    return parseBaseline(await readFile3(path, "utf8"));
  } catch (error) {
    throw new UsageError(`cannot use baseline ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
function ruleInfo(registry) {
  return new Map(
    [...registry].map(([id, r]) => [
      id,
      { id, category: r.meta.category, severity: r.meta.severity, summary: r.meta.summary, rationale: r.meta.rationale, fix: r.meta.fix }
    ])
  );
}
function formatReport(report, format, io, elapsedMs) {
  const interactive = isInteractive(io, io.stdout);
  return renderReport(report, format, { color: useColor(io), ...interactive ? { elapsedMs } : {} });
}
function renderReport(report, format, text2) {
  switch (format) {
    case "json":
      return formatJson(report);
    case "sarif":
      return formatSarif(report, { version: VERSION2, informationUri: HOMEPAGE });
    case "github":
      return formatGithub(report);
    case "junit":
      return formatJunit(report);
    default:
      return formatText(report, text2);
  }
}
function plural2(n, word) {
  return `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;
}
function failsAt(report, level) {
  return reachesFailOn(report.findings, level);
}
function reachesFailOn(items, level) {
  if (level === "none") return false;
  return items.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[level]);
}

// src/action/changed-lines.ts
function parseChangedLines(diff) {
  const changed = /* @__PURE__ */ new Map();
  let current = null;
  for (const line of diff.split("\n")) {
    if (line.startsWith("+++ ")) {
      const target = line.slice(4);
      if (target === "/dev/null") {
        current = null;
        continue;
      }
      const path = unquote(target).replace(/^b\//, "");
      current = changed.get(path) ?? [];
      changed.set(path, current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === void 0 ? 1 : Number(hunk[2]);
      if (count > 0) current.push([start, start + count - 1]);
    }
  }
  return changed;
}
function unquote(path) {
  if (!path.startsWith('"') || !path.endsWith('"')) return path;
  const bytes2 = [];
  const body = path.slice(1, -1);
  const escapes = { n: 10, t: 9, r: 13, '"': 34, "\\": 92, a: 7, b: 8, f: 12, v: 11 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== "\\") {
      bytes2.push(...Buffer.from(c, "utf8"));
      continue;
    }
    const next = body[i + 1];
    if (/[0-7]/.test(next)) {
      bytes2.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes2.push(escapes[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes2).toString("utf8");
}
function isOnChangedLines(f, changed, objects = []) {
  const ranges = changed.get(f.file.replace(/\\/g, "/").replace(/^(\.\/)+/, ""));
  if (!ranges || ranges.length === 0) return false;
  const touches = (from, to) => ranges.some(([a, b]) => from <= b && to >= a);
  if (f.resource === null && f.line === 1 && f.endLine === 1 && f.endColumn <= f.column) return true;
  if (touches(f.line, f.endLine)) return true;
  const resource = f.resource;
  if (!resource) return false;
  return objects.some((o) => o.file === f.file && sameRef(o.ref, resource) && touches(o.line, o.endLine));
}
function sameRef(a, b) {
  return a.apiVersion === b.apiVersion && a.kind === b.kind && a.namespace === b.namespace && a.name === b.name;
}

// src/action/inputs.ts
function getInput(env, name) {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function getList(env, name) {
  return getInput(env, name).split(/\s+/).filter((v) => v !== "");
}
function getBoolean(env, name, fallback) {
  const value = getInput(env, name);
  if (value === "") return fallback;
  if (["true", "True", "TRUE", "on", "On", "ON", "yes"].includes(value)) return true;
  if (["false", "False", "FALSE", "off", "Off", "OFF", "no"].includes(value)) return false;
  throw new UsageError(`input ${name} must be true or false (got "${value}")`);
}
function getChoice(env, name, choices) {
  const value = getInput(env, name);
  if (value === "") return null;
  if (!choices.includes(value)) throw new UsageError(`input ${name} must be one of ${choices.join(", ")} (got "${value}")`);
  return value;
}
function readActionInputs(env) {
  const paths = getList(env, "paths");
  return {
    paths: paths.length > 0 ? paths : ["."],
    kubernetesVersion: getInput(env, "kubernetes-version") || null,
    strict: getBoolean(env, "strict", true),
    failOn: getChoice(env, "fail-on", ["error", "warning", "info", "none"]),
    config: getInput(env, "config") || null,
    context: getList(env, "context"),
    baseRef: getInput(env, "base-ref") || null,
    annotate: getChoice(env, "annotate", ["changed", "all", "none"]) ?? "changed",
    sarifFile: getInput(env, "sarif-file") || null
  };
}

// src/formatters/markdown.ts
var ICON = { error: "🔴", warning: "🟡", info: "🔵" };
function formatMarkdown(report, options = {}) {
  const { errors, warnings, infos, files, resources, suppressed } = report.summary;
  const max = options.maxFindings ?? 200;
  const out = ["## kubeplan lint", ""];
  const scope = `${plural3(files, "file")}, ${plural3(resources, "resource")}`;
  const extra = [...options.context ?? [], ...suppressed > 0 ? [plural3(suppressed, "suppressed finding")] : []];
  const tail = extra.length > 0 ? ` · ${extra.join(" · ")}` : "";
  if (report.findings.length === 0) {
    out.push(`✅ No problems in ${scope}${tail}`, "");
    return out.join("\n");
  }
  const counts = [plural3(errors, "error"), plural3(warnings, "warning"), ...infos > 0 ? [plural3(infos, "info")] : []];
  out.push(`${errors > 0 ? "❌" : "⚠️"} **${counts.join(", ")}** in ${scope}${tail}`, "");
  out.push("| Severity | Rule | Location | Object | Message |", "| --- | --- | --- | --- | --- |");
  for (const f of report.findings.slice(0, max)) {
    const where = `${f.file}:${f.line}:${f.column}`;
    const href = options.link?.(f.file, f.line) ?? null;
    const location = href ? `[${cell(where)}](${href})` : cell(where);
    out.push(`| ${ICON[f.severity]} ${f.severity} | \`${f.rule}\` | ${location} | ${cell(describeObject(f))} | ${cell(f.message)} |`);
  }
  if (report.findings.length > max) {
    out.push("", `…and ${plural3(report.findings.length - max, "more finding")} (see the annotations or the SARIF file).`);
  }
  const fixes = fixesByRule(report);
  if (fixes.length > 0) {
    out.push("", "<details><summary>How to fix</summary>", "");
    for (const [rule, fix] of fixes) out.push(`- \`${rule}\`: ${cell(fix)}`);
    out.push("", "</details>");
  }
  out.push("");
  return out.join("\n");
}
function describeObject(f) {
  if (!f.resource) return "";
  const { kind, namespace, name } = f.resource;
  return `${kind} ${namespace === null ? "" : `${namespace}/`}${name || "(unnamed)"}`;
}
function fixesByRule(report) {
  const seen = /* @__PURE__ */ new Map();
  for (const f of report.findings) {
    if (seen.has(f.rule)) continue;
    const fix = report.rules.get(f.rule)?.fix ?? f.fix;
    if (fix) seen.set(f.rule, fix);
  }
  return [...seen];
}
function cell(text2) {
  return text2.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}
function plural3(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

// src/action/summary.ts
function renderSummary(report, options) {
  const link = options.blobBase ? (file, line) => `${options.blobBase}/${file.split("/").map(encodeURIComponent).join("/")}#L${line}` : void 0;
  const context = [`Kubernetes ${options.kubernetesVersion}`, options.strict ? "strict schemas" : "non-strict schemas"];
  const markdown = formatMarkdown(report, { context, ...link ? { link } : {} });
  return options.note ? `${markdown}
> ${options.note}
` : markdown;
}

// src/action/main.ts
async function runAction(host) {
  const { env } = host;
  const workspace = env.GITHUB_WORKSPACE || host.cwd;
  let inputs;
  let run;
  try {
    inputs = readActionInputs(env);
    run = await lint(inputs.paths, lintOptions(inputs), cliIo(host, workspace));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    host.write(`::error title=kubeplan::${escapeData(error.message)}
`);
    return 2;
  }
  const report = relativeTo(run.report, workspace);
  const { changed, note } = await changedLines(host, inputs, workspace);
  const annotated = report.findings.filter((f) => inputs.annotate === "all" || inputs.annotate === "changed" && (!changed || isOnChangedLines(f, changed, report.objects)));
  for (const f of annotated) host.write(formatCommand(f));
  const sarifFile = resolve6(workspace, inputs.sarifFile ?? join5(env.RUNNER_TEMP || workspace, "kubeplan.sarif"));
  await mkdir(dirname4(sarifFile), { recursive: true });
  await writeFile2(sarifFile, formatSarif(report, { version: VERSION2, informationUri: HOMEPAGE, ...versionControl(env) }));
  const repository = env.GITHUB_REPOSITORY && env.GITHUB_SHA ? `${env.GITHUB_SERVER_URL || "https://github.com"}/${env.GITHUB_REPOSITORY}` : null;
  if (env.GITHUB_STEP_SUMMARY) {
    const summary = renderSummary(report, {
      kubernetesVersion: run.settings.kubernetesVersion,
      strict: run.settings.strict,
      blobBase: repository ? `${repository}/blob/${env.GITHUB_SHA}` : null,
      ...note ? { note } : {}
    });
    await appendFile(env.GITHUB_STEP_SUMMARY, summary);
  }
  const { errors, warnings, infos, files, resources } = report.summary;
  if (env.GITHUB_OUTPUT) {
    const outputs = {
      errors,
      warnings,
      infos,
      findings: report.findings.length,
      annotations: annotated.length,
      files,
      resources,
      "sarif-file": sarifFile,
      result: run.exitCode === 0 ? "pass" : "fail"
    };
    await appendFile(env.GITHUB_OUTPUT, Object.entries(outputs).map(([k, v]) => `${k}=${v}
`).join(""));
  }
  const hidden = report.findings.length - annotated.length;
  host.write(
    `kubeplan ${VERSION2}: ${errors} error(s), ${warnings} warning(s), ${infos} info(s) in ${files} file(s), ${resources} resource(s)${hidden > 0 ? `; ${hidden} finding(s) outside the changed lines are in the job summary and the SARIF file` : ""}
`
  );
  if (note) host.write(`::notice title=kubeplan::${escapeData(note)}
`);
  return run.exitCode;
}
function lintOptions(inputs) {
  return {
    ...inputs.kubernetesVersion ? { "kubernetes-version": inputs.kubernetesVersion } : {},
    ...inputs.strict ? {} : { "no-strict": true },
    ...inputs.failOn ? { "fail-on": inputs.failOn } : {},
    ...inputs.config ? { config: inputs.config } : {},
    ...inputs.context.length > 0 ? { context: inputs.context } : {}
  };
}
function cliIo(host, workspace) {
  const log = { write: (text2) => host.write(text2), isTTY: false };
  return { stdout: log, stderr: log, stdinIsTTY: false, readStdin: async () => "", env: host.env, cwd: workspace, now: () => 0 };
}
function relativeTo(report, workspace) {
  const rel = (file) => isAbsolute(file) ? relative2(workspace, file).split(sep2).join("/") : file.replace(/\\/g, "/").replace(/^(\.\/)+/, "");
  const fix = (f) => ({
    ...f,
    file: rel(f.file),
    ...f.related ? { related: f.related.map((r) => ({ ...r, file: rel(r.file) })) } : {}
  });
  return {
    ...report,
    findings: report.findings.map(fix).sort(compareFindings),
    sources: new Map([...report.sources].map(([file, view]) => [rel(file), view])),
    objects: report.objects.map((o) => ({ ...o, file: rel(o.file) }))
  };
}
async function changedLines(host, inputs, workspace) {
  if (inputs.annotate !== "changed") return { changed: null };
  const base = inputs.baseRef ?? (host.env.GITHUB_BASE_REF ? `origin/${host.env.GITHUB_BASE_REF}` : null);
  if (!base) return { changed: null };
  try {
    return { changed: parseChangedLines(await host.gitDiff(workspace, base)) };
  } catch {
    return {
      changed: null,
      note: `cannot diff against ${base}, so every finding is annotated; check out with fetch-depth: 0 to annotate only changed lines`
    };
  }
}
function versionControl(env) {
  if (!env.GITHUB_REPOSITORY || !env.GITHUB_SHA) return {};
  return {
    versionControl: {
      repositoryUri: `${env.GITHUB_SERVER_URL || "https://github.com"}/${env.GITHUB_REPOSITORY}`,
      revisionId: env.GITHUB_SHA,
      ...env.GITHUB_REF ? { branch: env.GITHUB_REF } : {}
    }
  };
}
function gitDiff(cwd, base) {
  return new Promise((resolvePromise, reject) => {
    execFile2(
      "git",
      ["-c", "core.quotePath=false", "diff", "--unified=0", "--no-color", "--no-ext-diff", "--relative", "-M", `${base}...HEAD`, "--"],
      { cwd, maxBuffer: 256 * 1024 * 1024 },
      (error, stdout) => error ? reject(error) : resolvePromise(stdout)
    );
  });
}

// src/action/bin.ts
try {
  process.exitCode = await runAction({
    env: process.env,
    cwd: process.cwd(),
    write: (text2) => void process.stdout.write(text2),
    gitDiff
  });
} catch (error) {
  const detail = error instanceof Error ? error.stack ?? error.message : String(error);
  process.stdout.write(`::error title=kubeplan::internal error (please report it): ${detail.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A")}
`);
  process.exitCode = 2;
}
