#!/usr/bin/env node
import { compileBundle, runBundle } from './bundle.js';

runBundle(compileBundle());
