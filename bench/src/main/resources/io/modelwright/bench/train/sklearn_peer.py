"""scikit-learn peer of the Modelwright training benchmark (run by TrainingBenchmark in a child process).

usage: sklearn_peer.py CSV TEST_ROWS_FILE ALGORITHM   (ALGORITHM: hgb | rf)
Prints one line: RESULT <train seconds> <test accuracy> <cpu seconds> <note>
"""
import csv
import sys
import time

import numpy as np


def load(path):
    with open(path, newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = list(reader)
    region = header.index("region")
    label = header.index("label")
    numeric = [j for j in range(len(header)) if j not in (region, label)]
    levels = sorted({r[region] for r in rows})
    x = np.zeros((len(rows), len(numeric) + len(levels)))
    y = np.empty(len(rows), dtype=np.int8)
    index = {l: len(numeric) + k for k, l in enumerate(levels)}
    for i, r in enumerate(rows):
        x[i, :len(numeric)] = [float(r[j]) for j in numeric]
        x[i, index[r[region]]] = 1.0  # one-hot, like Modelwright
        y[i] = 1 if r[label] == "yes" else 0
    return x, y


def main():
    path, test_file, algorithm = sys.argv[1:4]
    x, y = load(path)
    test = np.zeros(len(y), dtype=bool)
    test[np.loadtxt(test_file, dtype=np.int64)] = True
    if algorithm == "hgb":
        from sklearn.ensemble import HistGradientBoostingClassifier
        model = HistGradientBoostingClassifier(random_state=42)  # defaults: 100 iterations, lr 0.1, early stop on
        note = "defaults"
    else:
        from sklearn.ensemble import RandomForestClassifier
        model = RandomForestClassifier(n_estimators=100, n_jobs=2, random_state=42)
        note = "100 trees, n_jobs=2"
    c0 = time.process_time()  # all threads of this process
    t0 = time.perf_counter()
    model.fit(x[~test], y[~test])
    seconds = time.perf_counter() - t0
    cpu = time.process_time() - c0
    accuracy = float((model.predict(x[test]) == y[test]).mean())
    import sklearn
    print("RESULT %.3f %.4f %.3f %s, sklearn %s" % (seconds, accuracy, cpu, note, sklearn.__version__), flush=True)


if __name__ == "__main__":
    main()
