import { Input, Text, View } from '@tarojs/components'

interface Props {
  id: string
  text: string
  placeholder: string
  onType: (text: string) => void
  onConfirm: () => void
  onClear: () => void
}

/** A rounded search input with a clear button. */
export default function SearchBox({ id, text, placeholder, onType, onConfirm, onClear }: Props) {
  return (
    <View className='st-search'>
      <Input
        id={id}
        className='st-search__input'
        value={text}
        placeholder={placeholder}
        placeholderClass='st-search__placeholder'
        confirmType='search'
        maxlength={20}
        onInput={(e) => onType(e.detail.value)}
        onConfirm={onConfirm}
      />
      {text !== '' && (
        <Text id={`${id}-clear`} className='st-search__clear' aria-label='清除' onClick={onClear}>
          ×
        </Text>
      )}
    </View>
  )
}
