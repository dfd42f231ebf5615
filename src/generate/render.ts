/**
 * Rendering templates. The build precompiles every template into
 * `build/templates.precompiled.mjs`; the CLI renders those with the Handlebars runtime
 * only. A template missing from that module or changed since the build (development,
 * tests) is compiled here instead, with the same options.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type HandlebarsNS from 'handlebars';
import RuntimeModule from 'handlebars/runtime.js';
import { GenerateError } from '../errors.js';
import { HELPER_NAMES, registerHelpers } from './helpers.js';
import type { TemplateSource } from './template-sources.js';
import { packageUrl } from '../paths.js';

type Env = typeof HandlebarsNS;
type Delegate = HandlebarsNS.TemplateDelegate;
type TemplateSpec = Parameters<Env['template']>[0];
/** The runtime-only build; its typings describe the module loosely, its value is a Handlebars environment. */
const Runtime = RuntimeModule as unknown as Env;

/** Compile options shared by the build and the fallback; part of the module's identity. */
export const COMPILE_OPTIONS = {
  strict: true,
  noEscape: true,
  knownHelpersOnly: true,
  knownHelpers: Object.fromEntries(HELPER_NAMES.map((name) => [name, true])),
} satisfies CompileOptions;
type CompileOptions = Parameters<Env['precompile']>[1];

export const PRECOMPILED_FORMAT = `archcap-templates/1 ${JSON.stringify(COMPILE_OPTIONS)}`;
export const PRECOMPILED_URL = packageUrl('build/templates.precompiled.mjs');

export interface PrecompiledModule {
  format: string;
  templates: Record<string, TemplateSpec>;
}

export interface RenderContext {
  pattern: { name: string; title: string; summary: string };
  inputs: Record<string, unknown>;
  system: { name: string } | undefined;
  patterns: string[];
  [extra: string]: unknown;
}

export interface Renderer {
  render(template: TemplateSource, context: RenderContext): string;
  /** How many templates came precompiled and how many were compiled now. */
  stats: { precompiled: number; compiled: number };
}

async function loadPrecompiled(url: URL): Promise<PrecompiledModule | undefined> {
  if (!existsSync(fileURLToPath(url))) return undefined;
  const mod = (await import(url.href)) as Partial<PrecompiledModule>;
  return mod.format === PRECOMPILED_FORMAT && mod.templates ? (mod as PrecompiledModule) : undefined;
}

function environment(base: Env): Env {
  const env = base.create();
  registerHelpers(env);
  return env;
}

export interface RendererOptions {
  precompiledUrl?: URL;
  /** Ignore the precompiled module (tests comparing both ways). */
  compileOnly?: boolean;
}

/** A renderer for `sources`: precompiled where the build has them, compiled otherwise. */
export async function createRenderer(sources: TemplateSource[], opts: RendererOptions = {}): Promise<Renderer> {
  const pre = opts.compileOnly ? undefined : await loadPrecompiled(opts.precompiledUrl ?? PRECOMPILED_URL);
  const delegates = new Map<string, Delegate>();
  const stats = { precompiled: 0, compiled: 0 };
  const runtime = environment(Runtime);
  const missing: TemplateSource[] = [];
  for (const s of sources) {
    if (delegates.has(s.key)) continue;
    const spec = pre?.templates[s.key];
    if (spec) {
      delegates.set(s.key, runtime.template(spec));
      stats.precompiled++;
    } else missing.push(s);
  }
  if (missing.length > 0) {
    const full = environment((await import('handlebars')).default);
    for (const s of missing) {
      if (delegates.has(s.key)) continue;
      delegates.set(s.key, compile(full, s));
      stats.compiled++;
    }
  }
  return {
    stats,
    render(template, context) {
      const delegate = delegates.get(template.key);
      if (!delegate) throw new GenerateError('template', `${template.name}: not loaded by this renderer`);
      try {
        return delegate(context);
      } catch (error) {
        throw new GenerateError('template', `${template.name}: ${(error as Error).message}`);
      }
    },
  };
}

function compile(env: Env, s: TemplateSource): Delegate {
  try {
    return env.compile(s.source, COMPILE_OPTIONS);
  } catch (error) {
    throw new GenerateError('template', `${s.name}: ${(error as Error).message}`);
  }
}
