#!/usr/bin/env node
// The `sesame` command (package.json "bin"): runs the compiled CLI, `npm run build -w server`.
import '../dist/cli/main.js'
