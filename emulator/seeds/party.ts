/** Demo data of 街道党建指导中心: filled in below. */
import type { DocumentStore } from '../store/engine'

export function seed(_store: DocumentStore, _now: Date): void {}
