package io.modelwright.runtime.serve;

import io.modelwright.runtime.artifact.ArtifactManifest;
import io.modelwright.runtime.artifact.InputDescription;

/**
 * The small page at {@code GET /}: a form generated from the model's inputs (numbers with their training range,
 * categories as drop-downs) that posts one row to {@code /invocations} and shows the answer. Self-contained (no
 * external scripts, styles or fonts) so it works offline and under a strict network policy.
 */
final class FormPage {
    private FormPage() {
    }

    static String render(ArtifactManifest manifest) {
        StringBuilder fields = new StringBuilder();
        for (InputDescription in : manifest.inputs()) {
            String name = escape(in.name());
            fields.append("<label>").append(name);
            if (in.categories() != null && !in.categories().isEmpty()) {
                fields.append("<select name=\"").append(name).append("\" data-kind=\"text\"><option value=\"\">")
                        .append("(missing)</option>");
                for (String c : in.categories()) {
                    fields.append("<option>").append(escape(c)).append("</option>");
                }
                fields.append("</select>");
            } else if (in.type().equals("boolean")) {
                fields.append("<select name=\"").append(name).append("\" data-kind=\"text\"><option value=\"\">")
                        .append("(missing)</option><option>true</option><option>false</option></select>");
            } else if (in.type().equals("datetime") || in.type().equals("categorical")) {
                fields.append("<input type=\"text\" name=\"").append(name).append("\" data-kind=\"text\">");
            } else {
                fields.append("<input type=\"number\" step=\"any\" name=\"").append(name)
                        .append("\" data-kind=\"number\"");
                if (in.min() != null && in.max() != null) {
                    fields.append(" placeholder=\"").append(in.min()).append(" – ").append(in.max()).append('"');
                }
                fields.append('>');
                if (in.min() != null && in.max() != null) {
                    fields.append("<small>training range ").append(in.min()).append(" to ").append(in.max())
                            .append("</small>");
                }
            }
            fields.append("</label>\n");
        }
        return TEMPLATE.replace("{{title}}", escape(manifest.name()))
                .replace("{{task}}", escape(manifest.task().id()))
                .replace("{{fields}}", fields.toString());
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static final String TEMPLATE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>{{title}}</title>
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <style>
            body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#222}
            label{display:block;margin:.6rem 0;font-weight:600}
            input,select{display:block;width:100%;padding:.3rem;font:inherit}
            small{font-weight:400;color:#666}
            button{margin-top:1rem;padding:.5rem 1.2rem;font:inherit}
            pre{background:#f4f4f4;padding:1rem;white-space:pre-wrap}
            </style></head>
            <body>
            <h1>{{title}}</h1>
            <p>This model does {{task}}. Fill in a row and press Predict; empty fields count as missing.</p>
            <form id="scoring-form">
            {{fields}}<label>API key (only if the server requires one)<input type="password" id="api-key"></label>
            <button type="submit">Predict</button>
            </form>
            <h2>Prediction</h2>
            <pre id="result">(none yet)</pre>
            <script>
            document.getElementById('scoring-form').addEventListener('submit', async function (e) {
              e.preventDefault();
              var row = {};
              this.querySelectorAll('[name]').forEach(function (el) {
                var v = el.value.trim();
                row[el.name] = v === '' ? null : (el.dataset.kind === 'number' ? Number(v) : v);
              });
              var headers = {'Content-Type': 'application/json', 'Accept': 'application/json'};
              var key = document.getElementById('api-key').value;
              if (key) { headers['Authorization'] = 'Bearer ' + key; }
              var out = document.getElementById('result');
              try {
                var r = await fetch('invocations', {method: 'POST', headers: headers,
                  body: JSON.stringify({dataframe_records: [row]})});
                var body = await r.json();
                out.textContent = JSON.stringify(r.ok ? body.predictions[0] : body, null, 2);
              } catch (err) {
                out.textContent = 'Request failed: ' + err;
              }
            });
            </script>
            </body></html>
            """;
}
