/** Every activation spec, and the functional forms (F.relu, F.sigmoid, ...). */
import type { ActivationSpec } from '../../spec.js';

export const ACTIVATIONS: readonly ActivationSpec<never>[] = [];
