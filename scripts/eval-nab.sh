#!/usr/bin/env bash
# Runs `reputation detect` (the live negative-spike detector, default settings) over NAB realTweets and
# scores it. Needs the evaluation data in ../shared/eval/nab (not part of the repo). Results: out/nab/.
set -euo pipefail
cd "$(dirname "$0")/.."
NAB="${NAB_DIR:-../shared/eval/nab}"
SCORER="${NAB_SCORER:-../shared/tools/nab_score.py}"
mkdir -p out/nab
dotnet build src/Reputation.Cli -c Release -v quiet -nologo -clp:ErrorsOnly >/dev/null
for name in AAPL AMZN CRM CVS FB; do
  dotnet src/Reputation.Cli/bin/Release/net10.0/reputation.dll detect \
    --input "$NAB/realTweets/Twitter_volume_$name.csv" --output "out/nab/Twitter_volume_$name.csv"
done
python3 "$SCORER" --windows "$NAB/windows.json" out/nab/Twitter_volume_*.csv
