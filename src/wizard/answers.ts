/**
 * The answers of an interview, shaped like the system YAML (durations, rates and
 * percentages stay strings as the user wrote them). `build.ts` turns them into YAML.
 */
import type { Settings } from './types.js';

export interface RequirementAnswers {
  availability?: string;
  latency?: { read?: { p99?: string }; write?: { p99?: string } };
  rpo?: string;
  rto?: string;
  tolerate?: { nodes?: number; zones?: number; regions?: number };
  partitionPreference?: 'consistency' | 'availability';
}

export interface StoreAnswers {
  name: string;
  engine: string;
  regions: string[];
  replicas?: number;
  topology?: string;
  replication?: string;
  failover?: string;
  conflictResolution?: string;
  settings?: Settings;
}

export interface DatasetAnswers {
  name: string;
  store: string;
  consistency?: string;
  invariants?: string[];
  access?: { pattern?: string; reads?: string; writes?: string; hotKeys?: boolean; writeRegions?: string[] };
  size?: string;
  residency?: string[];
  /** The data set's own requirements (an RPO of 0 derived from "never lose a confirmed order"). */
  requirements?: { rpo?: string };
}

export interface CallAnswers {
  service: string;
  timeout?: string;
  retries?: { attempts: number; backoff?: string; jitter?: string };
  idempotent?: boolean;
  idempotencyKey?: boolean;
}

export interface ServiceAnswers {
  name: string;
  regions: string[];
  instances?: number;
  reads?: string[];
  writes?: string[];
  publishes?: { topic: string; via: string }[];
  calls?: CallAnswers[];
}

export interface TopicAnswers {
  name: string;
  engine: string;
  delivery?: string;
  ordering?: string;
  settings?: Settings;
}

export interface StepAnswers {
  name: string;
  service: string;
  compensation?: string;
  external?: boolean;
}

export interface WorkflowAnswers {
  name: string;
  atomicity?: string;
  protocol?: string;
  steps: StepAnswers[];
}

export interface LockAnswers {
  name: string;
  store: string;
  guards?: string;
  leaseTtl?: string;
  fencing?: boolean;
  purpose?: string;
  algorithm?: string;
}

export interface ConsumerAnswers {
  service: string;
  topic: string;
  idempotent?: boolean;
}

export interface Answers {
  name: string;
  description?: string;
  regions: string[];
  requirements?: RequirementAnswers;
  datastores?: StoreAnswers[];
  datasets?: DatasetAnswers[];
  messaging?: TopicAnswers[];
  services?: ServiceAnswers[];
  workflows?: WorkflowAnswers[];
  locks?: LockAnswers[];
  consumers?: ConsumerAnswers[];
}
