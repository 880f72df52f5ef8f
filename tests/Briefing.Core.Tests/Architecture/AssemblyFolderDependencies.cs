using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Briefing.Core.Tests.Architecture;

/// <summary>
/// Folder → folder edges read from compiled IL: every type's base, interfaces, attributes, member signatures and
/// method bodies (locals, calls, field accesses, casts), so a static call counts as much as a parameter. Nested and
/// compiler-generated types (lambdas, async state machines) count for the type that declares them. Constants are
/// inlined by the compiler and leave no trace here; <see cref="SourceFolderDependencies"/> covers those.
/// </summary>
internal static class AssemblyFolderDependencies
{
    /// <param name="rootNamespace">Only types under it count; <c>Root.X.Y</c> belongs to folder <c>X</c>.</param>
    /// <param name="rootFolder">The folder the root namespace itself counts as.</param>
    public static IReadOnlyList<FolderEdge> Read(string assemblyPath, string rootNamespace, string rootFolder)
    {
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        var edges = new Dictionary<(string, string), FolderEdge>();
        foreach (var type in module.GetTypes())
        {
            if (Folders.Of(NamespaceOf(type), rootNamespace, rootFolder) is not { } from) continue;
            foreach (var referenced in ReferencedTypes(type))
            {
                if (Folders.Of(NamespaceOf(referenced), rootNamespace, rootFolder) is not { } to || to == from) continue;
                edges.TryAdd((from, to), new FolderEdge(from, to, $"{type.FullName} uses {referenced.FullName}"));
            }
        }
        return edges.Values.ToList();
    }

    /// <summary>Names of the assemblies <paramref name="assemblyPath"/> references.</summary>
    public static IReadOnlyList<string> AssemblyReferences(string assemblyPath)
    {
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        return module.AssemblyReferences.Select(r => r.Name).ToList();
    }

    private static string NamespaceOf(TypeReference type)
    {
        while (type.IsNested) type = type.DeclaringType;
        return type.Namespace;
    }

    private static List<TypeReference> ReferencedTypes(TypeDefinition type)
    {
        var found = new List<TypeReference>();
        void Add(TypeReference? t)
        {
            switch (t)
            {
                case null or GenericParameter: return;
                case GenericInstanceType generic:
                    Add(generic.ElementType);
                    foreach (var argument in generic.GenericArguments) Add(argument);
                    return;
                case TypeSpecification specification: Add(specification.ElementType); return; // arrays, by-ref, pointers
                default: found.Add(t); return;
            }
        }
        void AddMethod(MethodReference method)
        {
            Add(method.DeclaringType);
            Add(method.ReturnType);
            foreach (var parameter in method.Parameters) Add(parameter.ParameterType);
            if (method is GenericInstanceMethod generic) foreach (var argument in generic.GenericArguments) Add(argument);
        }
        void AddAttributes(ICustomAttributeProvider provider)
        {
            foreach (var attribute in provider.CustomAttributes)
            {
                Add(attribute.AttributeType);
                foreach (var argument in attribute.ConstructorArguments) Add(argument.Value as TypeReference);
            }
        }

        Add(type.BaseType);
        foreach (var implemented in type.Interfaces) Add(implemented.InterfaceType);
        foreach (var constraint in type.GenericParameters.SelectMany(p => p.Constraints)) Add(constraint.ConstraintType);
        AddAttributes(type);
        foreach (var field in type.Fields) { Add(field.FieldType); AddAttributes(field); }
        foreach (var property in type.Properties) { Add(property.PropertyType); AddAttributes(property); }
        foreach (var @event in type.Events) Add(@event.EventType);
        foreach (var method in type.Methods)
        {
            AddMethod(method);
            AddAttributes(method);
            if (!method.HasBody) continue;
            foreach (var variable in method.Body.Variables) Add(variable.VariableType);
            foreach (var instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference operandType: Add(operandType); break;
                    case MethodReference called: AddMethod(called); break;
                    case FieldReference field: Add(field.DeclaringType); Add(field.FieldType); break;
                }
            }
        }
        return found;
    }
}
