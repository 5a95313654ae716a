# compute --joint: two variables, their joint distribution and the information they share.
joint-title = Mutual information of X and Y
joint-grid-heading = The joint distribution P(x,y): rows are values of X, columns values of Y, the marginals in the margins
joint-product-heading = The product of the marginals P(x)·P(y): the joint distribution X and Y would have if they were independent
joint-mutual-information-heading = Mutual information: how far the joint distribution is from independence, I(X;Y) = D(P(x,y)‖P(x)P(y))
joint-entropies-heading = Entropies: of each variable, of the pair, and of one variable once the other is known
joint-identities-heading = Identities
joint-picture-heading = How the entropies overlap: I(X;Y) is what H(X) and H(Y) share
joint-information-gain = In decision trees this quantity is called information gain: the split on X that gains the most information about the label Y is the one with the largest I(X;Y) = H(Y) − H(Y|X).
joint-error-empty = --joint: the grid has no values; write rows of values separated by `;`, e.g. '1/2 0; 0 1/2'
joint-error-number = --joint: row { $row }, column { $column }: `{ $text }` { $problem }
joint-error-ragged = --joint: row { $row } has { $found } values but row 1 has { $expected } (column { $column } is where they part); every row needs one value per column
joint-error-negative = --joint: row { $row }, column { $column } is negative ({ $value }); probabilities are ≥ 0
joint-error-too-small = --joint: the grid has { $rows } { $rows ->
        [one] row
       *[other] rows
    } and { $columns } { $columns ->
        [one] column
       *[other] columns
    }; mutual information needs two variables, so at least 2 rows and 2 columns
joint-error-sum = --joint: the cells sum to { $sum } (≈ { $approx }), not 1; fix them or pass --normalize
joint-error-zero-total = --joint: every cell is 0, so the grid cannot be normalized
joint-grid-large = { $rows } rows × { $columns } columns: too many cells to list; the derivations give their totals.
# A cell of a joint distribution named in a derivation: its row's and its column's names.
joint-cell-name = { $x },{ $y }
