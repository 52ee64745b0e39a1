#!/usr/bin/env node
'use strict';
const fs = require('fs');

function tally(text) {
  const lines = text === '' ? 0 : text.split('\n').length;
  const words = text.split(/\s+/).filter(Boolean).length;
  return { lines, words, chars: text.length };
}

for (const file of process.argv.slice(2)) {
  const { lines, words, chars } = tally(fs.readFileSync(file, 'utf8'));
  console.log(`${lines}\t${words}\t${chars}\t${file}`);
}

module.exports = { tally };
