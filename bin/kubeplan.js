#!/usr/bin/env node
const { compileBundle, runBundle } = require('./bundle.js');

runBundle(compileBundle());
