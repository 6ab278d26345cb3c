using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using ArticleEnrichment.Text.Model;
using ArticleEnrichment.Text.Ner;

namespace ArticleEnrichment.Cli.Commands;

/// <summary><c>enrich model train</c> and <c>enrich model eval</c>: the embedded analyzer's model file.</summary>
public static class ModelCommand
{
    public static Command Create() => new("model", "Train or evaluate the embedded analyzer's model (entities, sentiment lexicon).")
    {
        Train(),
        Eval(),
    };

    private static Command Train()
    {
        var data = new Option<DirectoryInfo?>("--data")
        {
            Description = "The shared data folder (ner/, gazetteers/, sentiment/); default ../shared/data beside the repository.",
        };
        var output = new Option<FileInfo?>("--out", "-o")
        {
            Description = "Where to write the model; default src/ArticleEnrichment.Text/Model/embedded.model in the repository.",
        };
        var command = new Command("train", "Train the model from the shared data, deterministically: the same data and code give the same bytes. Takes about a minute.")
        {
            data, output,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var dataDirectory = parse.GetValue(data)?.FullName ?? Path.Combine(RepositoryRoot(), "..", "shared", "data");
            if (!Directory.Exists(Path.Combine(dataDirectory, "ner")))
            {
                throw new CliException($"No shared data at {Path.GetFullPath(dataDirectory)} (expected ner/, gazetteers/, sentiment/); pass --data.");
            }

            // Checked before the minute of training, not after it.
            var target = LocalFiles.RequireWritableFile(parse.GetValue(output)?.FullName ?? Path.Combine(RepositoryRoot(), "src", "ArticleEnrichment.Text", "Model", "embedded.model"));
            var watch = Stopwatch.StartNew();
            // Ctrl+C stops the training at its next step (a file read, a pass of about a second and a half); the model
            // file is only written at the end, so nothing half-written is left.
            var progress = new SynchronousProgress<string>(line =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                Console.Error.WriteLine($"[{watch.Elapsed.TotalSeconds,6:F1} s] {line}");
            });
            var bundle = EmbeddedModelBuilder.BuildToFile(Path.GetFullPath(dataDirectory), target, progress);
            Console.Out.WriteLine($"Wrote {target} ({new FileInfo(target).Length:N0} bytes), version {bundle.ModelVersion}, in {watch.Elapsed.TotalSeconds:F1} s.");
            Console.Out.WriteLine("Rebuild to embed it: dotnet build src/ArticleEnrichment.Cli");
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static Command Eval()
    {
        var file = new Argument<FileInfo>("file") { Description = "A token/BIO file (one 'token<TAB>tag' per line, blank line between sentences)." };
        var json = new Option<bool>("--json") { Description = "Print the scores as JSON." };
        var all = new Option<bool>("--all-types")
        {
            Description = "Score every type in the file (MISC included); by default only PER, ORG and LOC, as the data's label conventions require on sets without MISC.",
        };
        var model = new Option<FileInfo?>("--model") { Description = "A model file to evaluate instead of the embedded one." };
        var command = new Command("eval", "Tag a BIO file with the model and print per-type and overall precision, recall and F1 (exact spans, as score_bio.py).")
        {
            file, json, all, model,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = LocalFiles.RequireInputFile(parse.GetRequiredValue(file).FullName);
            var (bundle, recognizer) = parse.GetValue(model) is { } modelFile ? LoadRecognizer(modelFile) : EmbeddedRecognizer();
            var types = parse.GetValue(all) ? null : NerEvaluator.PersonOrganizationLocation;
            NerEvaluation evaluation;
            try
            {
                // Ctrl+C stops the tagging between sentences, and stops the wait for a FIFO whose writer is idle
                // (a read that cannot be cancelled; see StopWaiting).
                evaluation = await StopWaiting.OnCancel(
                    Task.Run(() => NerEvaluator.Evaluate(recognizer, path, types, cancellationToken), cancellationToken), cancellationToken);
            }
            catch (InvalidDataException e)
            {
                // BioReader's message names the file, the line and what is wrong with it.
                throw new CliException(e.Message);
            }

            if (evaluation.Sentences == 0)
            {
                throw new CliException($"{path} has no sentences (expected token<TAB>tag lines, a blank line between sentences).");
            }

            Console.Out.Write(parse.GetValue(json)
                ? JsonSerializer.Serialize(evaluation, NerEvaluationJsonContext.Default.NerEvaluation) + "\n"
                : $"{Path.GetFileName(path)}: {evaluation.Sentences:N0} sentences, {evaluation.Tokens:N0} tokens, model {bundle.ModelVersion}\n{evaluation.FormatTable()}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static (ModelBundle Bundle, NamedEntityRecognizer Recognizer) EmbeddedRecognizer()
    {
        var bundle = ModelBundle.LoadEmbedded() ?? throw new CliException("This build has no embedded model; run 'enrich model train' and rebuild.");
        var recognizer = NamedEntityRecognizer.FromModel(bundle) ?? throw new CliException($"The model {bundle.ModelVersion} has no entity section.");
        return (bundle, recognizer);
    }

    /// <summary>
    /// The recognizer of a model file the user named. The format has no checksum, so a damaged file fails in
    /// whatever way its bytes lead the reader (end of stream, a bad length, a bad string); each becomes one line
    /// that names the file.
    /// </summary>
    private static (ModelBundle Bundle, NamedEntityRecognizer Recognizer) LoadRecognizer(FileInfo file)
    {
        var path = LocalFiles.RequireInputFile(file.FullName, "model file");
        try
        {
            using var stream = File.OpenRead(path);
            var bundle = ModelBundle.Load(stream);
            var recognizer = NamedEntityRecognizer.FromModel(bundle) ?? throw new InvalidDataException("it has no entity section.");
            return (bundle, recognizer);
        }
        catch (IOException e) when (e is not EndOfStreamException)
        {
            throw new CliException($"Cannot read the model file {path}: {e.Message}");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new CliException($"The model file {path} is not a valid model: {e.Message}");
        }
    }

    /// <summary>The folder holding Functions.sln, from the working directory up; the defaults of train live there.</summary>
    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Functions.sln")))
            {
                return directory.FullName;
            }
        }

        throw new CliException("Not inside the repository (no Functions.sln above the working directory); pass --data and --out.");
    }
}
