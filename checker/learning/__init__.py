"""Learning from the team: confirmations and corrections make the next verdicts better.

- `corrections`: what a person said about an item (the item's text plus verdict, reason, key
  results), the one shape every surface stores.
- `memory`: confirmed items, embedded, and the vote of the nearest ones for a new item.
- `blending`: that vote blended into the embedded scores, and the per-workspace orphan line
  recalibrated from confirmed aligned items and confirmed orphans.
- `kfold`: `stratalign eval --feedback FRACTION`, each fold judged with other folds' labels
  loaded as confirmations.
"""
