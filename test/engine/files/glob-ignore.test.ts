import { describe, expect, it } from 'vitest';
import { absoluteGlob, globToRegExp, splitGlob } from '../../../src/engine/files/glob.js';
import { isIgnored, parseIgnore } from '../../../src/engine/files/ignore.js';
import { looksLikeSystemDescription } from '../../../src/engine/files/detect.js';

describe('globs', () => {
  it.each([
    ['*.yaml', 'a.yaml', true],
    ['*.yaml', 'dir/a.yaml', false],
    ['**/*.yaml', 'a.yaml', true],
    ['**/*.yaml', 'x/y/a.yaml', true],
    ['arch/**/*.y*ml', 'arch/a/b.yml', true],
    ['*.{yaml,yml}', 'a.yml', true],
    ['*.{yaml,yml}', 'a.json', false],
    ['a?.yaml', 'ab.yaml', true],
    ['a.yaml', 'aXyaml', false],
  ])('%s matches %s: %s', (glob, path, expected) => {
    expect(globToRegExp(glob).test(path)).toBe(expected);
  });

  it('splits off the literal folder and matches it literally, even with regex characters in it', () => {
    expect(splitGlob('/abs/dir/*.yaml')).toEqual({ base: '/abs/dir', rest: '*.yaml' });
    expect(splitGlob('*.yaml')).toEqual({ base: '', rest: '*.yaml' });
    const re = absoluteGlob('/tmp/a+b (1)', '*.yaml');
    expect(re.test('/tmp/a+b (1)/s.yaml')).toBe(true);
    expect(re.test('/tmp/aab (1)/s.yaml')).toBe(false);
  });
});

describe('ignore patterns (gitignore syntax)', () => {
  const rules = parseIgnore(['# comment', '', 'legacy/', '/top.yaml', '*.draft.yaml', 'fixtures/bad/*', '!fixtures/bad/ok.yaml'], '/r', 'test');
  it.each([
    ['/r/legacy/a.yaml', true],
    ['/r/x/legacy/a.yaml', true],
    ['/r/legacy.yaml', false],
    ['/r/top.yaml', true],
    ['/r/x/top.yaml', false],
    ['/r/x/y.draft.yaml', true],
    ['/r/fixtures/bad/broken.yaml', true],
    ['/r/fixtures/bad/ok.yaml', false],
    ['/elsewhere/legacy/a.yaml', false],
  ])('%s ignored: %s', (path, expected) => {
    expect(isIgnored(rules, path, false).ignored).toBe(expected);
  });

  it('cannot re-include a file below an ignored folder (as git)', () => {
    const r = parseIgnore(['old/', '!old/keep.yaml'], '/r', 'test');
    expect(isIgnored(r, '/r/old/keep.yaml', false).ignored).toBe(true);
  });
});

describe('detecting a system description', () => {
  it.each([
    ['version: 1\nname: shop\n', true],
    ['# comment\nversion: 1 # the format\nname: shop\n', true],
    ["version: '1'\nname: x\n", true],
    ['# yaml-language-server: $schema=node_modules/archcap/schema/system.schema.json\nname: x\n', true],
    ['version: "3.8"\nservices: {}\n', false],
    ['version: 1\nproviders: []\n', false],
    ['on: push\njobs: {}\n', false],
    ['rules:\n  timeout/missing: error\n', false],
    ['apiVersion: v1\nkind: Pod\nmetadata: { name: x }\n', false],
  ])('%j: %s', (text, expected) => {
    expect(looksLikeSystemDescription(text)).toBe(expected);
  });
});
