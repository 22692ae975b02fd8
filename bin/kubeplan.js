#!/usr/bin/env node
import '../dist/kubeplan.js';
