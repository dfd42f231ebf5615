import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { camel, constant, kebab, pascal, snake, words } from '../../src/generate/identifiers.js';
import { RESERVED_IDENTIFIERS } from '../../src/generate/reserved.js';

/** Parse `code` as TypeScript and return its syntax errors. */
function syntaxErrors(code: string): string[] {
  const file = ts.createSourceFile('x.ts', code, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const diagnostics = (file as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
  return diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

describe('identifier helpers', () => {
  it('split names into words at separators, case changes and digits', () => {
    expect(words('HTTPServer v2')).toEqual(['http', 'server', 'v2']);
    expect(words('order_service-Main')).toEqual(['order', 'service', 'main']);
    expect(words("it's   a \"quoted\" name")).toEqual(['it', 's', 'a', 'quoted', 'name']);
  });

  it('give each case its convention', () => {
    expect(pascal('order-service')).toBe('OrderService');
    expect(camel('order service')).toBe('orderService');
    expect(kebab('OrderService')).toBe('order-service');
    expect(snake('Order Service')).toBe('order_service');
    expect(constant('order-service')).toBe('ORDER_SERVICE');
  });

  it('escape quotes and spaces out of names', () => {
    expect(camel('it\'s "the" lock')).toBe('itSTheLock');
    expect(kebab('a/b\\c "d"')).toBe('a-b-c-d');
  });

  it('keep accented names readable and other scripts distinct', () => {
    expect(pascal('café crème')).toBe('CafeCreme');
    expect(kebab('日本')).toBe('u65e5-u672c');
    expect(camel('Ωmega')).toBe('u3a9Mega');
    expect(kebab('日本')).not.toBe(kebab('中国'));
  });

  it('never start an identifier with a digit', () => {
    expect(camel('3d printer')).toBe('_3dPrinter');
    expect(pascal('42')).toBe('_42');
    expect(constant('1st')).toBe('_1ST');
    expect(kebab('3d printer')).toBe('3d-printer');
  });

  it('step around reserved words and shadowed globals', () => {
    expect(camel('class')).toBe('class_');
    expect(camel('delete')).toBe('delete_');
    expect(camel('await')).toBe('await_');
    expect(camel('new')).toBe('new_');
    expect(pascal('map')).toBe('Map_');
    expect(pascal('promise')).toBe('Promise_');
    expect(pascal('class')).toBe('Class');
    expect(kebab('con')).toBe('con-file');
    expect(snake('NUL')).toBe('nul_file');
  });

  it('name the empty string and punctuation-only input', () => {
    expect(camel('')).toBe('unnamed');
    expect(pascal('  !!  ')).toBe('Unnamed');
    expect(kebab(undefined)).toBe('unnamed');
    expect(constant('')).toBe('UNNAMED');
  });

  it('bound very long names and keep them distinct with a hash', () => {
    const a = camel('x'.repeat(300));
    const b = camel(`${'x'.repeat(299)}y`);
    expect(a.length).toBeLessThanOrEqual(100);
    expect(a).not.toBe(b);
  });

  it('always produce a valid, non-reserved TypeScript identifier from any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        for (const id of [pascal(s), camel(s), constant(s)]) {
          expect(id).toMatch(IDENT);
          expect(RESERVED_IDENTIFIERS.has(id)).toBe(false);
        }
        expect(syntaxErrors(`const ${camel(s)} = 1; class ${pascal(s)} {} const ${constant(s)} = 2;`)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('always produce a portable file name from any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        expect(kebab(s)).toMatch(/^[a-z0-9][a-z0-9-]*$/);
        expect(snake(s)).toMatch(/^[a-z0-9][a-z0-9_]*$/);
      }),
      { numRuns: 300 },
    );
  });

  it('produce identifiers that the compiler accepts for every reserved word', () => {
    const code = [...RESERVED_IDENTIFIERS].map((w, i) => `const ${camel(w)}${i} = 0; function ${camel(w)}() {} class ${pascal(w)}K${i} {}`).join('\n');
    expect(syntaxErrors(code)).toEqual([]);
    for (const w of RESERVED_IDENTIFIERS) expect(syntaxErrors(`let ${camel(w)} = 1;`)).toEqual([]);
  });
});
