using NetArchTest.Rules;
using ParIndex.Application.Common;

namespace ParIndex.Application.Tests;

/// <summary>
/// Application's feature folders (Results, Dashboards, Reports, Exports…) depend on each other one way only: a cycle
/// means two features each own half of one concept, as the results core was split before issue 17. The graph is
/// read from the compiled code (NetArchTest over Mono.Cecil: signatures and method bodies), so a fully qualified use
/// counts like a using directive. No exception is allowed: the appraisal's release rule, which the scorecard reads, lives
/// in the results core (Results/AppraisalRelease), so Results reads no feature above it.
/// </summary>
public sealed class FeatureCycleTests
{
    private const string Root = "ParIndex.Application.";

    [Fact]
    public void FeatureFolders_HaveNoDependencyCycle()
    {
        var graph = Graph();
        var cycles = StronglyConnected(graph).Where(c => c.Count > 1).ToList();

        Assert.True(cycles.Count == 0, "Dependency cycles between Application's feature folders:\n" + string.Join('\n', cycles.Select(c =>
            string.Join(", ", c.Order(StringComparer.Ordinal)) + ": " + string.Join("; ", c.SelectMany(a => graph[a].Where(e => c.Contains(e.Key))
                .Select(e => $"{a} → {e.Key} ({e.Value})"))))));
    }

    /// <summary>Feature → the features it uses, each with one type that does.</summary>
    private static Dictionary<string, Dictionary<string, string>> Graph()
    {
        var assembly = typeof(IParIndexDb).Assembly;
        var features = assembly.GetTypes().Select(t => t.Namespace).OfType<string>().Where(n => n.StartsWith(Root, StringComparison.Ordinal))
            .Select(n => n[Root.Length..].Split('.')[0]).Where(f => f != "Common").Distinct().Order(StringComparer.Ordinal).ToList();
        var graph = features.ToDictionary(f => f, _ => new Dictionary<string, string>());
        foreach (var from in features)
        {
            foreach (var to in features.Where(f => f != from))
            {
                var result = Types.InAssembly(assembly).That().ResideInNamespace(Root + from).Should().NotHaveDependencyOnAny(Root + to).GetResult();
                if (!result.IsSuccessful)
                {
                    graph[from][to] = result.FailingTypes.First().FullName;
                }
            }
        }

        return graph;
    }

    /// <summary>Tarjan's strongly connected components: a component of more than one feature is a cycle.</summary>
    private static List<HashSet<string>> StronglyConnected(Dictionary<string, Dictionary<string, string>> graph)
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var components = new List<HashSet<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            foreach (var next in graph[node].Keys)
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (stack.Contains(next))
                {
                    low[node] = Math.Min(low[node], index[next]);
                }
            }

            if (low[node] == index[node])
            {
                var component = new HashSet<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    component.Add(member);
                }
                while (member != node);
                components.Add(component);
            }
        }

        foreach (var node in graph.Keys.Where(n => !index.ContainsKey(n)))
        {
            Visit(node);
        }

        return components;
    }
}
